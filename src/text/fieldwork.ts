// Chinese text of fieldwork and data quality (staff subpackage): 入户代填, 纸质问卷录入, 数据质量.
import {
  BURST_MORE_THAN,
  BURST_WINDOW_MS,
  FAST_ANSWER_MS,
  HOUSEHOLD_PART_MAX,
  SERIAL_MAX,
  SHOWN_FROM,
  VOLUNTEER_TARGET,
} from '../../cloud/contract/rules';

const FAST_SECONDS = FAST_ANSWER_MS / 1000;
const BURST_MINUTES = BURST_WINDOW_MS / 60_000;

export const FIELDWORK_TEXT = {
  // Links from the indicators page.
  assistedLink: '入户代填（走访居民）',
  paperLink: '纸质问卷录入',
  qualityLink: '数据质量',
  forbiddenEntry: '只有本社区的社区工作者可以代居民录入问卷。',
  forbiddenQuality: '只有社区工作者和民政部门可以查看数据质量。',
  roundClosed: '本社区今年的测评已终期验收，问卷已结束，不能再录入。',

  // 入户代填.
  assistedNavTitle: '入户代填',
  assistedTitle: (community: string, year: number) => `入户代填 · ${community} ${year}年`,
  assistedLead:
    '为不方便自己填写的居民代填问卷：记下门牌，向居民宣读说明并征得同意，再把手机交给居民（或逐题念给居民听）作答。每户每年只能代填一次。',
  householdTitle: '这一户的门牌',
  building: `楼幢（或村、组，最多 ${HOUSEHOLD_PART_MAX} 字）`,
  buildingPlaceholder: '例如：3幢',
  unit: '单元（没有可不填）',
  unitPlaceholder: '例如：2单元',
  room: `室号（或门牌号，最多 ${HOUSEHOLD_PART_MAX} 字）`,
  roomPlaceholder: '例如：301',
  householdPrivacy: '门牌只用于确认这一户今年没有重复回答：系统只保存它的加密摘要，不保存门牌本身。',
  consentTitle: '请向居民宣读',
  consentText: [
    '您好！我们是社区工作人员，正在请居民评一评本社区“美丽群岛 幸福社区”建设。',
    '一共两道题：您是否知道这项建设，以及您对它的总体评价。大约一分钟。',
    '回答不记名，谁也看不到您家答了什么，只用于统计全社区的知晓率和满意度。请按您的真实想法回答。',
    '您愿意回答吗？',
  ],
  consentBox: '已向居民宣读以上说明，居民口头同意回答',
  consentFirst: '请先宣读说明，并在居民同意后勾选',
  startQuestions: '开始答题（交给居民）',
  recordedTitle: '已记录',
  recorded: (household: string) => `已记录 ${household} 的回答，谢谢！`,
  nextHousehold: '录入下一户',
  alreadyAnsweredTitle: '这一户今年已经答过了',
  editHousehold: '返回修改门牌',
  householdLine: (building: string, unit: string, room: string) => [building, unit, room].filter((s) => s.trim() !== '').join(' '),
  enteredToday: (n: number) => `本次已代填 ${n} 户`,

  // 纸质问卷录入.
  paperNavTitle: '纸质问卷录入',
  paperTitle: (community: string, year: number) => `纸质问卷录入 · ${community} ${year}年`,
  paperLead: '把回收的纸质问卷逐份录入：填写问卷上的编号，再点选两道题的答案。同一编号每年只能录入一次。',
  serial: `问卷编号（最多 ${SERIAL_MAX} 个字）`,
  serialPlaceholder: '例如：JN-0001',
  chooseAnswer: '请选择一个答案',
  enterPaper: '录入这一份',
  entering: '正在录入…',
  paperEntered: (serial: string) => `编号 ${serial} 已录入，可以录入下一份。`,
  paperCount: (n: number) => `本次已录入 ${n} 份`,

  // 数据质量.
  qualityNavTitle: '数据质量',
  qualityTitle: (community: string, year: number) => `数据质量 · ${community} ${year}年`,
  changeCommunity: '更换社区',
  qualityLead: '看看答卷是怎么来的、有没有需要核查的情况。标记只是提示，不会删除任何答卷。',
  responses: (n: number) => `共 ${n} 份答卷`,
  channelsTitle: '答卷来源',
  byWorkerTitle: '代填与录入（按工作人员）',
  byWorker: (assisted: number, paper: number) => `入户代填 ${assisted} 份 · 纸质录入 ${paper} 份`,
  noWorkers: '还没有代填或录入的答卷。',
  durationTitle: '答题用时',
  fast: (n: number) => `过快：${n} 份（从打开问卷到提交不到 ${FAST_SECONDS} 秒）`,
  unknownDuration: (n: number) => `用时未知：${n} 份（没有带回有效的开始标记，例如旧版小程序）`,
  durationNote: '只看居民自填和入户代填；纸质问卷事后录入，没有答题用时。',
  burstsTitle: '集中作答',
  burstsRule: `同一社区 ${BURST_MINUTES} 分钟内超过 ${BURST_MORE_THAN} 份答卷，记为一次集中作答（只看居民自填和入户代填）。`,
  noBursts: '未发现集中作答。',
  burst: (start: string, end: string, count: number, peak: number) =>
    `${start} – ${end}：${count} 份（${BURST_MINUTES} 分钟内最多 ${peak} 份）`,
  flagged: (n: number) => `被标记的答卷：${n} 份（过快或集中作答，每份只算一次）`,
  ratesTitle: '知晓率与满意度：含与不含被标记的答卷',
  ratesOver: (n: number, final: boolean) =>
    final ? `终期验收后，按全部 ${n} 份计算` : `按前 ${n} 份答卷计算（与指标页一致，每满 5 份更新一次）`,
  ratesWithheld: `答卷不足 ${SHOWN_FROM} 份，不公布比率。`,
  withFlagged: '含标记',
  withoutFlagged: (excluded: number) => `去除标记（去掉 ${excluded} 份）`,
  rateCount: (count: number, n: number) => `${count}/${n} 份`,
  rateWithheld: (n: number) => `不足 ${SHOWN_FROM} 份（${n} 份），不公布`,
  volunteersTitle: `志愿者（不少于 ${VOLUNTEER_TARGET} 人）`,
  volunteersSource: `舟山市意见要求：保证每个示范社区可调派志愿者人数不少于${VOLUNTEER_TARGET}人。这里统计今年报名本社区任一家门口项目志愿者的居民（每人只算一次）。`,
  volunteers: (n: number) => `${n} / ${VOLUNTEER_TARGET} 人`,
  meets: '已达到',
  short: (n: number) => `还差 ${n} 人`,
  contactsTitle: '可联系的志愿者（本人同意留下电话）',
  noContacts: '还没有志愿者留下电话。',
  contact: (projects: string) => `报名项目：${projects}`,
  contactsPrivacy: '电话只给本社区的社区工作者看，请只用于联系志愿活动。',
} as const;
