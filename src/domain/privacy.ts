import { PRIVACY_VERSION } from './privacy-version'

// 隐私保护指引 (PIPL arts. 28–31; GB/T 35273; shared/platform-and-privacy.md): what the app collects,
// why, for how long and who sees it. Its version is what a person consents to.
export const PRIVACY_GUIDE = {
  version: PRIVACY_VERSION,
  title: '隐私保护指引',
  sections: [
    {
      heading: '我们收集哪些信息',
      items: [
        '您和家人的证件号码、姓名、与您的关系：用于核验参保信息、办理家庭共济授权和代缴。',
        '证明材料照片（结婚证、居民户口簿、出生医学证明）：仅用于本次授权登记审核。',
        '个人账户余额、门诊家庭账户、共济使用明细和缴费记录：用于向您展示和办理业务。',
      ],
    },
    {
      heading: '为什么是敏感个人信息',
      items: [
        '证件号码、医疗健康信息、账户信息以及未满十四周岁未成年人的个人信息属于敏感个人信息。我们只在办理业务必需时收集，并单独征得您的同意。',
        '为未满十四周岁的子女办理时，您作为监护人同意处理其个人信息。',
      ],
    },
    {
      heading: '保存多久、谁能看到',
      items: [
        '本机不保存完整证件号码；页面上默认隐藏证件号码中间位数和姓名中的部分文字。',
        '证明材料照片在提交授权后即从本机删除。',
        '信息仅由江西省医疗保障经办机构用于办理本业务，不用于其他目的，不向第三方提供。',
        '您可以在“我的 → 清除本机数据”中删除本机保存的草稿和缓存。',
      ],
    },
    {
      heading: '法律依据',
      items: [
        '《中华人民共和国个人信息保护法》第二十八条至第三十一条：敏感个人信息的处理须有特定目的和充分必要性，并取得个人的单独同意；处理不满十四周岁未成年人个人信息的，须取得其父母或者其他监护人的同意。',
        '《信息安全技术 个人信息安全规范》（GB/T 35273）。',
        '家庭共济授权时您勾选的《个人郑重承诺》为本服务2025年1月版。',
      ],
    },
  ],
  source: '个人信息保护法 第28–31条; GB/T 35273; shared/platform-and-privacy.md',
} as const
