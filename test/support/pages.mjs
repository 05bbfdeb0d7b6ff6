// Every page of the H5 build with what shows that it has come up: the list the a11y and fit tests visit.
/** [name, route, ready(page) → locator] */
export const PAGES = [
  ['首页', '/pages/home/index', (page) => page.getByRole('group', { name: '当前登录' })],
  ['家庭共济', '/pages/family/index', (page) => page.getByRole('list', { name: '家庭共济办理' })],
  ['我的', '/pages/me/index', (page) => page.getByText('李*国', { exact: true })],
  ['医保查询办理', '/pages/services/index', (page) => page.getByRole('list', { name: '医保查询办理' })],
  ['账户余额查询', '/pages/account/index', (page) => page.getByRole('group', { name: '我的个人账户' })],
  ['隐私保护指引', '/pages/privacy/index', (page) => page.getByRole('region', { name: '我们收集哪些信息' })],
  ['家庭账户共济授权登记', '/packages/family/authorize/index', (page) => page.getByLabel('证件号码')],
  ['家庭共济关系查询', '/packages/family/relations/index', (page) => page.getByRole('list', { name: '我授权的使用人' })],
  ['共济政策查询', '/packages/policy/overview/index', (page) => page.getByRole('radiogroup', { name: '费用类别' })],
  ['门诊统筹测算', '/packages/policy/pooling/index', (page) => page.getByLabel('第1笔门诊费用（元）')],
  ['常见问题', '/packages/policy/faq/index', (page) => page.getByRole('region', { name: '在外省看病能用共济资金吗？' })],
  ['共济使用明细', '/packages/records/list/index', (page) => page.getByRole('region', { name: /共济使用明细/ })],
  ['代缴居民医保费', '/packages/payment/premium/index', (page) => page.getByRole('list', { name: '可代缴人员' })],
  ['新生儿免缴确认', '/packages/payment/exemption/index', (page) => page.getByRole('region', { name: '什么是新生儿免缴确认' })],
  ['惠民保参保缴费', '/packages/payment/huiminbao/index', (page) => page.getByRole('list', { name: '可参保人员' })],
  ['我的缴费记录', '/packages/payment/history/index', (page) => page.getByText('还没有缴费记录。')],
  ['登录', '/packages/signin/choose/index', (page) => page.getByRole('list', { name: '演示家庭成员' })],
]
