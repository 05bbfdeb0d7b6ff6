import { maskId, maskName } from '@/domain/masking'

describe('masking', () => {
  it.each([
    ['360602198604151314', '3606**********1314'],
    ['11010519491231002X', '1101**********002X'],
    ['Q360123456', 'Q*******56'],
  ])('ID %s → %s', (id, masked) => expect(maskId(id)).toBe(masked))

  it.each([
    ['李建国', '李*国'],
    ['王明', '王*'],
    ['欧阳建国', '欧**国'],
    ['阿依古丽·买买提', '阿******提'],
  ])('name %s → %s', (name, masked) => expect(maskName(name)).toBe(masked))
})
