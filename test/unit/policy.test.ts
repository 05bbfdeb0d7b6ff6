import { CITY_CODES, collectionYears, coverageRule, newbornExemption, policyFor, province, sourceText, PLACES, PLACE_LABELS, SPENDING_KINDS, type CityCode, type Place, type SpendingKind } from '@/domain/policy'
import { FAQ } from '@/domain/faq'
import { defaultRecordScope, emptyRecordsReason, recordKinds, spendableKinds } from '@/domain/records-view'
import { RELATIONS, RELATION_LABELS, type Relation } from '@/domain/relations'
import { outpatientFamilyAccountAnswer, sharedFundsAnswer } from '@/domain/policy-lookup'
import { SESSION_IDLE_MS, SESSION_MAX_MS } from '@/services/mock/identity'
import { MAX_WRONG_PASSWORDS, TICKET_MS } from '@/services/mock/tickets'

// One row per rule of shared/domain.md and the two seeds. Each entry must also name its source.

describe('使用范围: can shared funds pay this kind of expense? (seed 000 table, seed 001, domain.md Spending)', () => {
  it.each([
    ['yingtan', 'drug', true, 'seed 000'],
    ['yingtan', 'outpatient', true, 'seed 000'],
    ['yingtan', 'selfPay', true, 'seed 000'],
    ['yingtan', 'inpatient', false, 'seed 000'],
    ['yingtan', 'specialOutpatient', false, 'seed 000'],
    ['yingtan', 'publicHealth', false, 'seed 001'],
    ['yingtan', 'fitness', false, 'seed 001'],
    ['yingtan', 'maternityOutpatient', false, 'seed 001'],
    ['yichun', 'drug', true, 'seed 001'],
    ['yichun', 'outpatient', true, 'seed 001'],
    ['yichun', 'selfPay', true, 'seed 001'],
    ['yichun', 'inpatient', true, 'seed 001'],
    ['yichun', 'specialOutpatient', true, 'seed 001'],
    ['yichun', 'publicHealth', false, 'seed 001'],
    ['yichun', 'fitness', false, 'seed 001'],
    ['yichun', 'maternityOutpatient', false, 'seed 001'],
  ] as [CityCode, SpendingKind, boolean, string][])('%s %s → payable %s (%s)', (city, kind, payable, source) => {
    const rule = policyFor(city, 2025).spending[kind]
    expect(rule.payable).toBe(payable)
    expect(rule.source.ref).toContain(source)
  })

  it('covers every kind in both cities', () => {
    for (const city of ['yingtan', 'yichun'] as const) expect(Object.keys(policyFor(city, 2025).spending).sort()).toEqual([...SPENDING_KINDS].sort())
  })

  it.each(['yingtan', 'yichun'] as CityCode[])('%s: 跨省异地就医 cannot use shared funds (seed 001)', (city) => {
    expect(policyFor(city, 2025).crossProvinceSpending).toMatchObject({ payable: false })
    expect(policyFor(city, 2025).crossProvinceSpending.source.ref).toContain('seed 001')
  })
})

describe('the places each city\'s rules speak of (what 共济政策查询 offers)', () => {
  it.each([
    ['yingtan', ['乡卫生院', '社区卫生服务中心', '村卫生计生服务室', '县级中医院（中医药治疗）', '市级及以上医院', '定点零售药店', '省外（跨省异地就医）'], 'seed 000'],
    // Seed 001 speaks of 定点医疗机构 and 定点零售药店 in Jiangxi, and of 异地就医: not of Yingtan's 村卫生计生服务室 or its 县级中医院 rule.
    ['yichun', ['乡卫生院', '社区卫生服务中心', '市级及以上医院', '定点零售药店', '省外（跨省异地就医）'], 'seed 001'],
  ] as [CityCode, string[], string][])('%s → %j (%s)', (city, labels, source) => {
    const places = policyFor(city, 2026).places
    expect(places.choices.map((p) => PLACE_LABELS[p])).toEqual(labels)
    expect(places.source.ref).toContain(source)
  })
})

describe('relations and proof (seed 000 绑定对象 table; seed 001 FAQ)', () => {
  it('has the eight relations of 2025', () => {
    expect(RELATIONS.map((r) => RELATION_LABELS[r])).toEqual(['配偶', '父母', '子女', '兄弟姐妹', '祖父母', '外祖父母', '孙子女', '外孙子女'])
  })

  it.each(RELATIONS.flatMap((r) => [['yingtan', r, false], ['yichun', r, true]]) as [CityCode, Relation, boolean][])(
    '%s %s → proof required %s, out-of-province users never',
    (city, relation, required) => {
      const rule = policyFor(city, 2025).relations[relation]
      expect(rule.proofRequired).toBe(required)
      expect(rule.crossProvinceUser).toBe(false)
      expect(rule.source.ref).toContain(city === 'yingtan' ? 'seed 000' : 'seed 001')
    },
  )
})

describe('门诊家庭账户 (seed 000 §二)', () => {
  const ofa = policyFor('yingtan', 2025).outpatientFamilyAccount
  it('grants 90 元 per resident per year in Yingtan, none in Yichun', () => {
    expect(ofa?.allowancePerResidentFen).toBe(9000)
    expect(policyFor('yichun', 2025).outpatientFamilyAccount).toBeUndefined()
  })
  it.each([
    ['townshipHospital', true, '优先使用'],
    ['communityCenter', true, '优先使用'],
    ['villageClinic', true, '优先使用'],
    ['countyTcmHospital', true, '限中医药治疗项目'],
    ['cityHospital', false, '不支持门诊统筹支付'],
    ['pharmacy', false, '基层定点医疗机构'],
    ['outOfProvince', false, '本市范围内'],
  ] as [Place, boolean, string][])('%s → usable %s (%s)', (place, usable, note) => {
    expect(ofa?.places[place]).toMatchObject({ usable, note: expect.stringContaining(note) })
    expect(ofa?.places[place].source.ref).toContain('seed 000')
  })
  it('covers every place', () => expect(Object.keys(ofa?.places ?? {}).sort()).toEqual([...PLACES].sort()))
})

describe('代缴 and 惠民保 (seed 000)', () => {
  it.each([
    ['spouse', true],
    ['parent', true],
    ['child', true],
    ['sibling', false],
    ['grandparentPaternal', false],
    ['grandparentMaternal', false],
    ['grandchildPaternal', false],
    ['grandchildMaternal', false],
  ] as [Relation, boolean][])('Yingtan 惠民保 for %s → %s', (relation, payable) => {
    expect(policyFor('yingtan', 2025).huiminbao?.payableRelations.includes(relation)).toBe(payable)
  })

  it('lists the 惠民保 cover of seed 000', () => {
    expect(policyFor('yingtan', 2025).huiminbao?.cover).toEqual([
      { item: '高额特药', limit: '最高赔付比例可达70%' },
      { item: '住院费用', limit: '超过起付线后按比例赔付' },
      { item: '门诊大病', limit: '按病种设定限额' },
    ])
  })

  it.each([
    ['“赣服通”APP', true],
    ['支付宝“赣服通”', true],
    ['微信缴费', false],
    ['银行柜台', false],
  ])('channel %s supports family proxy payment: %s', (channel, ok) => {
    expect(province.paymentChannels.find((c) => c.channel === channel)?.familyProxyPayment).toBe(ok)
  })

  it('holds the sign-in figures of domain.md "Sign-in, sessions and the 医保支付密码", which the mock server reads', () => {
    expect(province.sessions).toMatchObject({ idleMinutes: 30, maxHours: 12 })
    expect(province.paymentPassword).toMatchObject({ ticketMinutes: 5, maxWrongPerDay: 5 })
    for (const s of [province.sessions.source, province.paymentPassword.source]) expect(s.ref).toContain('Sign-in, sessions and the 医保支付密码')
    expect([SESSION_IDLE_MS, SESSION_MAX_MS, TICKET_MS, MAX_WRONG_PASSWORDS]).toEqual([province.sessions.idleMinutes * 60_000, province.sessions.maxHours * 3_600_000, province.paymentPassword.ticketMinutes * 60_000, province.paymentPassword.maxWrongPerDay])
  })

  it('allows rebinding from the next day (seed 001)', () => {
    expect(province.rebindAfterCancel.days).toBe(1)
    expect(province.rebindAfterCancel.source.ref).toContain('seed 001')
  })
})

describe('宜春 普通门诊统筹 (seed 001)', () => {
  it('has the published parameters', () => {
    expect(policyFor('yichun', 2025).outpatientPooling).toMatchObject({
      deductibleFen: 60000,
      ratioByLevel: { level1: 60, level2: 55, level3: 50 },
      capFen: 180000,
      retireeRatioUplift: 5,
      retireeCapFen: 200000,
    })
  })
})

describe('policy lookup by year', () => {
  it('uses the latest published year not after the one asked', () => {
    expect(policyFor('yingtan', 2026).year).toBe(2025)
    expect(policyFor('yichun', 2030).year).toBe(2025)
  })
})

describe('共济政策查询 answers (issue #5)', () => {
  it.each([
    ['yingtan', 'inpatient', 'cityHospital', false, '住院费用: 否'],
    ['yichun', 'inpatient', 'cityHospital', true, '住院费用中个人负担部分'],
    ['yingtan', 'drug', 'pharmacy', true, '药费: 是'],
    ['yichun', 'drug', 'outOfProvince', false, '跨省异地就医'],
    ['yichun', 'fitness', 'pharmacy', false, '体育健身'],
  ] as const)('%s %s at %s → payable %s', (city, kind, place, payable, text) => {
    const a = sharedFundsAnswer(policyFor(city, 2026), kind, place)
    expect(a.payable).toBe(payable)
    expect(a.reasons.map((r) => r.text + r.source.ref).join()).toContain(text)
  })
  it.each([
    ['communityCenter', 'outpatient', true],
    ['countyTcmHospital', 'outpatient', true],
    ['cityHospital', 'outpatient', false],
    ['townshipHospital', 'inpatient', false],
  ] as const)('Yingtan 门诊家庭账户 at %s for %s → %s (seed 000 §二)', (place, kind, usable) => {
    expect(outpatientFamilyAccountAnswer(policyFor('yingtan', 2026), kind, place)?.payable).toBe(usable)
  })
  it('has no 门诊家庭账户 answer in Yichun', () => expect(outpatientFamilyAccountAnswer(policyFor('yichun', 2026), 'outpatient', 'communityCenter')).toBeUndefined())
})

describe('共济使用明细: filters and empty results from the rules', () => {
  it.each([
    ['yingtan', ['drug', 'outpatient', 'selfPay']],
    ['yichun', ['drug', 'outpatient', 'selfPay', 'inpatient', 'specialOutpatient']],
  ] as const)('%s offers only what shared funds can pay', (city, kinds) => {
    expect(spendableKinds(policyFor(city, 2026))).toEqual(kinds)
  })

  it.each([
    ['yingtan authorizer', 'yingtan', { scheme: 'employee' }, ['drug', 'outpatient', 'selfPay', 'residentPremium', 'newbornExemption', 'huiminbao']],
    ['yichun authorizer (no 惠民保 in the seeds)', 'yichun', { scheme: 'employee' }, ['drug', 'outpatient', 'selfPay', 'inpatient', 'specialOutpatient', 'residentPremium', 'newbornExemption']],
    ['yingtan resident born 1988 (王秀英)', 'yingtan', { scheme: 'resident', birthDate: '1988-09-21' }, ['drug', 'outpatient', 'selfPay', 'residentPremium', 'huiminbao']],
    ['yingtan resident born 2025 (李小宝: 新生儿免缴)', 'yingtan', { scheme: 'resident', birthDate: '2025-03-08' }, ['drug', 'outpatient', 'selfPay', 'residentPremium', 'newbornExemption', 'huiminbao']],
    ['yichun resident born 1990 (no 惠民保, no 免缴)', 'yichun', { scheme: 'resident', birthDate: '1990-08-26' }, ['drug', 'outpatient', 'selfPay', 'inpatient', 'specialOutpatient', 'residentPremium']],
  ] as const)('the category filter of a %s offers only what can be on the list', (_n, city, member, kinds) => {
    expect(recordKinds(policyFor(city, 2026), member)).toEqual(kinds)
  })

  it('opens the authorizer on what his family took from his account, anyone else on all of her own', () => {
    expect(defaultRecordScope('authorizer')).toBe('family')
    expect(defaultRecordScope('user')).toBeUndefined()
    expect(defaultRecordScope('resident')).toBeUndefined()
  })

  it.each([
    ['authorizer', {}, '还没有使用记录：您或已绑定的家人看病买药、您为家人代缴后，会显示在这里。'],
    ['authorizer', { family: true }, '家人还没有用过您的历年余额，您也还没有为家人代缴。'],
    ['user', {}, '还没有使用记录：您看病买药、家人为您代缴后，会显示在这里。'],
    ['authorizer', { month: '2026年10月' }, '全家在2026年10月没有使用记录。'],
    ['authorizer', { family: true, kind: '代缴居民医保费', month: '2026年10月' }, '家人在2026年10月没有代缴居民医保费的使用记录。'],
    ['authorizer', { person: '本人' }, '本人没有使用记录。'],
    ['authorizer', { person: '李*明（父母）', kind: '药费' }, '李*明（父母）没有药费的使用记录。'],
    ['user', { kind: '普通门诊', month: '2026年9月' }, '您在2026年9月没有普通门诊的使用记录。'],
  ] as const)('empty list for %s with %j says: %s', (role, chosen, text) => {
    expect(emptyRecordsReason(role, chosen)).toBe(text)
  })
})

describe('sources shown to people', () => {
  const FILE_LIKE = /[\w-]+\.(?:txt|md|tsx?|json)\b|\bseed\b|\/|\bshared\b/
  it('every rule of every city, the province table and the FAQ has a public label that is not a file name or path', () => {
    const sources = [
      ...CITY_CODES.flatMap((c) => {
        const p = policyFor(c, 2026)
        return [
          ...Object.values(p.spending).map((r) => r.source),
          ...Object.values(p.relations).map((r) => r.source),
          p.crossProvinceSpending.source,
          p.proofFiles.source,
          ...(p.outpatientFamilyAccount ? [p.outpatientFamilyAccount.source, ...Object.values(p.outpatientFamilyAccount.places).map((r) => r.source)] : []),
          ...(p.outpatientPooling ? [p.outpatientPooling.source] : []),
          ...(p.huiminbao ? [p.huiminbao.source, p.huiminbao.premiumSource] : []),
        ]
      }),
      ...collectionYears.map((c) => c.source),
      coverageRule.source,
      newbornExemption.source,
      ...province.paymentChannels.map((r) => r.source),
      province.rebindAfterCancel.source,
      province.sessions.source,
      province.paymentPassword.source,
      ...FAQ.map((q) => q.source),
    ]
    expect(sources.length).toBeGreaterThan(40)
    for (const s of sources) {
      expect(s.label).not.toMatch(FILE_LIKE)
      expect(s.ref.length).toBeGreaterThan(0)
      // What a screen prints: the public label, never an address (domain.md: Sources shown to people).
      expect(sourceText(s)).toBe(s.label)
      expect(sourceText(s)).not.toMatch(/https?:|www\.|\.cn\b/)
    }
  })
})

describe('the session policy, in a module of its own for the first screen', () => {
  it('cites the same public label as the rest of domain.md, and is the province policy itself', async () => {
    const { DOMAIN_MD } = await import('@/domain/policy/sources')
    const { sessions } = await import('@/domain/policy/sessions')
    expect(sessions.source.label).toBe(DOMAIN_MD.label)
    expect(sessions.source.ref.startsWith(`${DOMAIN_MD.ref}, `)).toBe(true)
    expect(province.sessions).toBe(sessions)
  })
})
