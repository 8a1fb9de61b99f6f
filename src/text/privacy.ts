// Chinese text of the privacy policy (隐私政策): what is collected, why, how long it is kept, who sees what,
// the resident's rights and whom to contact. The periods come from the contract's rules (rules/retention.ts).
import { ANSWERS_KEPT_YEARS_AFTER, PARTICIPATION_KEPT_YEARS_AFTER, PRIVACY_CONTACT_DEFAULT, SHOWN_FROM } from '../../cloud/contract/rules';

export interface PolicySection {
  id: string;
  title: string;
  lines: readonly string[];
}

/** The office the build names (TARO_APP_PRIVACY_CONTACT), or the default. */
export const privacyContact = (configured: string | undefined): string => configured?.trim() || PRIVACY_CONTACT_DEFAULT;

export const PRIVACY_TEXT = {
  navTitle: '隐私政策',
  title: '隐私政策',
  lead: '“美丽群岛 幸福社区”小程序只收集做好社区问卷和家门口项目所需要的信息。下面说明收集什么、为什么、保存多久、谁能看到，以及您可以做什么。',
  link: '隐私政策',
  myData: '查看和撤回我的数据',
  contactLabel: '联系方式',
  sections: [
    {
      id: 'collected',
      title: '一、我们收集什么',
      lines: [
        '微信身份标识：微信给本小程序的一串编号（openid），不是您的微信号、昵称或手机号。您的答案、需要和评价只和这串编号加密后的结果存在一起。',
        '问卷答案：您对两道题的选择（是否知道“幸福社区”建设、总体评价）。',
        '您告诉社区的需要，您对家门口项目的评分和留言。',
        '您报名的项目角色：志愿者、监督者或评价者。',
        '手机号：只在您报名志愿者时自愿留下才有，不留也可以报名。',
        '社区工作人员接受邀请时填写的称呼。',
        '我们不收集您的位置、通讯录、相册、昵称和头像。',
      ],
    },
    {
      id: 'why',
      title: '二、为什么收集',
      lines: [
        '身份标识：保证每人每年只答一次问卷，并让您看到自己提过的需要、评价和报名。',
        '问卷答案：只用于统计本社区的群众知晓率和满意度，作为“幸福社区”测评的依据。',
        '需要、评分和留言：让社区了解居民需要，改进家门口项目。',
        '项目角色和手机号：让社区知道谁愿意参加，便于联系您参加活动。',
      ],
    },
    {
      id: 'kept',
      title: '三、保存多久',
      lines: [
        `问卷答案保存到答题当年及其后 ${ANSWERS_KEPT_YEARS_AFTER} 年，供当年测评、终期验收和事后复核，期满删除。`,
        `需要、评分和留言、项目角色保存到所属年度及其后 ${PARTICIPATION_KEPT_YEARS_AFTER} 年，作为家门口项目的工作记录（台账），期满删除。`,
        '您撤回的内容，撤回时即删除。',
        '工作人员的称呼和身份保存到其离任；身份变更记录与相关测评数据保存同样长的时间。',
      ],
    },
    {
      id: 'who',
      title: '四、谁能看到',
      lines: [
        `问卷答案：任何人都看不到某个人答了什么。社区工作人员和民政部门只看到统计数：不满 ${SHOWN_FROM} 份时只显示份数，之后才显示比率。`,
        '您提的需要：只有本社区的工作人员和负责本社区的民政部门工作人员能看到，其他居民看不到。',
        '评分和留言：所有居民都能在项目页面看到，但看不到是谁写的；社区工作人员可以回复，也可以隐藏不合适的留言。',
        '项目角色：其他人只看到每种角色的人数；手机号只有本社区工作人员能看到。',
        '我们不会把您的信息提供给其他单位或个人，法律法规另有规定的除外。',
      ],
    },
    {
      id: 'rights',
      title: '五、您的权利',
      lines: [
        '查阅：您可以随时查看自己的问卷状态、提过的需要、评价和报名。',
        '撤回：您可以撤回自己的需要、评价和报名；本年度问卷结束前，也可以撤回自己的问卷答案。撤回后内容即删除，统计数同时更正。',
        '有疑问或想更正、删除其他信息，可以联系下面的单位。',
      ],
    },
  ] satisfies readonly PolicySection[],
  contactTitle: '六、联系我们',
  contactLines: (office: string) => ['您所在社区的居委会（社区工作人员）。', `${office}。`],
} as const;
