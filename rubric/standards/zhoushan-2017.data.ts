// The 2017 Zhoushan standard (舟政发〔2017〕26号 附件2) as plain data, free of zod so the app can import it;
// item texts are copied verbatim from the seed. zhoushan-2017.ts validates it.

/**
 * The seed's table prints one 权重 cell, 40, spanning Ⅱ-11 and Ⅱ-12: it belongs to their section
 * Ⅰ-5 (all of 二类), so Ⅰ-5 carries `weight: 40` and both indicators `weight: null`. Splitting it
 * 20/20 would invent figures the seed does not have; 二类 is scored from the third-party evaluation
 * of the doorstep projects (标准说明 五), never from these items' states.
 */
export const zhoushan2017Data = {
  id: 'zhoushan-2017',
  name: '舟山市“美丽群岛 幸福社区”建设测评标准',
  year: 2017,
  source: '舟山市人民政府关于推进“美丽群岛幸福社区”示范区建设的意见(舟政发〔2017〕26号)附件2',
  note:
    '标准说明称“细化为12个二级指标和44个三级指标”,而测评表列出45项三级指标' +
    '(Ⅱ-1至Ⅱ-12依次为3、3、4、4、6、3、6、4、3、3、2、4项)。本系统按测评表收录全部45项。',
  classes: {
    first: { name: '一类指标', total: 60, scoredBy: 'states' },
    second: { name: '二类指标', total: 40, scoredBy: 'projects' },
  },
  eligibility: { class: 'first', min: 50 },
  stateFactors: { A: 1, B: 0.66, C: 0.33 },
  // The seed sets only the 85% target; B from 75% and the 50-answer minimum sample are the programme's
  // reading (PRODUCT.md, "Rules that keep the numbers fundable").
  rateStates: { A: 85, B: 75, minSample: 50 },
  // 标准说明 五: "95分以上为优秀,85-95分为良好,80-85分为合格"; a boundary score takes the higher band.
  grades: {
    excellent: { name: '优秀', min: 95 },
    good: { name: '良好', min: 85 },
    pass: { name: '合格', min: 80 },
    fail: { name: '不合格' },
  },
  rates: [
    { id: 'awareness', name: '群众知晓率' },
    { id: 'satisfaction', name: '群众满意度' },
  ],
  categories: [
    { id: 'elderly_care', name: '养老服务' },
    { id: 'basic_welfare', name: '民生底线' },
    { id: 'public_safety', name: '平安综治' },
    { id: 'self_governance', name: '协商自治' },
    { id: 'culture_sports', name: '文化体育' },
    { id: 'community_education', name: '社区教育' },
    { id: 'public_health', name: '公共卫生' },
    { id: 'volunteering', name: '志愿服务' },
    { id: 'social_affairs', name: '社会事务' },
  ],
  maxProjectsPerCategory: 2,
  aspects: [
    { id: 'completion', name: '完成情况' },
    { id: 'satisfaction', name: '服务满意率' },
    { id: 'finance', name: '财务状况' },
    { id: 'organization', name: '组织能力' },
    { id: 'operation', name: '项目运营' },
    { id: 'effectiveness', name: '综合效能' },
  ],
  sections: [
    { id: 'I-1', name: '建设充满活力的基层群众自治机制', class: 'first' },
    { id: 'I-2', name: '健全综合服务设施为主体、专项服务设施为配套的社区公共设施布局', class: 'first' },
    { id: 'I-3', name: '建设社会工作专业人才队伍与专业社工服务机构共同发展的社区专业力量格局', class: 'first' },
    { id: 'I-4', name: '其他', class: 'first' },
    { id: 'I-5', name: '开展一批居民“家门口”的治理或服务项目', class: 'second', weight: 40 },
  ],
  indicators: [
    {
      id: 'II-1',
      name: '组织健全',
      section: 'I-1',
      weight: 3,
      items: [
        { id: 'II-1.1', text: '社区党组织、居(村)委会、居(村)监委、集体经济组织、群团组织、社会组织等各类组织健全。' },
        { id: 'II-1.2', text: '社区网格设置合理,具备“网格+党小组+服务团队”的标准配置。' },
        { id: 'II-1.3', text: '社区“两委”干部职数合规,社区工作者队伍结构合理,有大专以上学历成员。' },
      ],
    },
    {
      id: 'II-2',
      name: '管理民主',
      section: 'I-1',
      weight: 3,
      items: [
        { id: 'II-2.1', text: '社区换届选举依法有序,村委会实行自荐直选,居委会实行直接选举。' },
        { id: 'II-2.2', text: '社区事务决策实行五议两公开、民主听证等方式,居民的知情权、参与权、监督权落实。' },
        { id: 'II-2.3', text: '依法制定自治章程或社区公约、村规民约,居民自觉遵守。' },
      ],
    },
    {
      id: 'II-3',
      name: '制度规范',
      section: 'I-1',
      weight: 4,
      items: [
        { id: 'II-3.1', text: '制定科学合理的社区发展规划,并组织实施。' },
        { id: 'II-3.2', text: '社区党组织、居(村)委会、居(村)监委等工作制度健全,依法履职。' },
        { id: 'II-3.3', text: '建有社区各类组织及驻区单位共同参与的协商议事制度或工作联席会议制度。' },
        { id: 'II-3.4', text: '社区财务、档案、公章等内务管理规范,有应急、学习、教育、会议、培训等制度。' },
      ],
    },
    {
      id: 'II-4',
      name: '文明和谐',
      section: 'I-1',
      weight: 8,
      items: [
        { id: 'II-4.1', text: '家庭、邻里、群体等关系和睦,讲诚信、守约定,无恶性冲击道德底线事件。' },
        { id: 'II-4.2', text: '居民生活方式科学文明、健康环保,无赌博、封建迷信活动。' },
        { id: 'II-4.3', text: '群众性、经常性文娱活动组织有序、丰富多彩、参与广泛。' },
        { id: 'II-4.4', text: '社区两年内无重大刑事案件,无群体性事件,无越级上访、非正常上访,无邪教组织活动,无传销组织、无黄赌毒现象。' },
      ],
    },
    {
      id: 'II-5',
      name: '社区设施',
      section: 'I-2',
      weight: 7,
      items: [
        { id: 'II-5.1', text: '社区办公、服务、文化、体育、避灾、养老等综合设施场所面积及设置符合相关标准。' },
        { id: 'II-5.2', text: '社区公共区域或人员聚焦场所安装有视频监控系统或简易防盗装置。' },
        { id: 'II-5.3', text: '社区消防设施达标,主干道保证消防车、救护车等应急车辆通行。' },
        { id: 'II-5.4', text: '社区主要道路、公厕、公共活动场所等设有无障碍通道及设施。' },
        { id: 'II-5.5', text: '社区公共座椅、路灯、窨井盖、垃圾桶等公共设施保养良好,无人为弄脏、损坏现象。' },
        { id: 'II-5.6', text: '社区车辆停放点设置合理、统一有序、使用方便、无乱收费现象。' },
      ],
    },
    {
      id: 'II-6',
      name: '社区环境',
      section: 'I-2',
      weight: 6,
      items: [
        {
          id: 'II-6.1',
          text: '社区内基本无卫生死角、无污水、无暴露垃圾、无乱扔废弃物、无乱设摊点现象,无废气、油烟、噪声、水和光污染等扰民现象。',
        },
        { id: 'II-6.2', text: '社区绿化建设和管理养护情况良好,符合国家园林城市相关标准。' },
        { id: 'II-6.3', text: '社区内建筑物清洁美观,无违章搭建;墙体无乱贴乱写乱画现象;庭院内外物品堆放整齐。' },
      ],
    },
    {
      id: 'II-7',
      name: '一刻钟生活圈',
      section: 'I-2',
      weight: 6,
      items: [
        {
          id: 'II-7.1',
          text: '城市区域应配备菜市场、便利店、医疗机构、学校、银行、公交站点、体育健身场地等配套资源;渔农村区域配套适度放宽。',
        },
        { id: 'II-7.2', text: '行政审批服务延伸至社区,开展应急服务、上门服务、代办服务、跟踪服务。' },
        { id: 'II-7.3', text: '社区责任医生签约服务广泛推行,签约率及服务频次达到相关要求。' },
        { id: 'II-7.4', text: '社区水、电、气、电视、网络的维修、缴费服务方便高效。' },
        { id: 'II-7.5', text: '城市社区物业服务全覆盖;渔农村集聚小区有物业服务。' },
        { id: 'II-7.6', text: '社会公共服务平台延伸至社区,预约享受养老服务、家庭教育、家政服务、职业中介、休闲娱乐等多元化社区服务。' },
      ],
    },
    {
      id: 'II-8',
      name: '社区社工机构建设',
      section: 'I-3',
      weight: 8,
      items: [
        { id: 'II-8.1', text: '设立正式注册登记的社区社会工作机构。' },
        { id: 'II-8.2', text: '机构负责人由社区书记或主任兼任,配备1名以上专(兼)职社工。' },
        { id: 'II-8.3', text: '运用专业社会工作方法,以需求与问题为导向开展一系列服务与治理项目。' },
        { id: 'II-8.4', text: '承接政府购买服务,实践二次购买服务,承担社区社会组织培育引导职责。' },
      ],
    },
    {
      id: 'II-9',
      name: '社区社会组织培育',
      section: 'I-3',
      weight: 6,
      items: [
        { id: 'II-9.1', text: '有一定数量的经登记或备案的社区社会组织和群众活动团体。' },
        { id: 'II-9.2', text: '社会组织有参与社区服务、管理的渠道和途径,且参与常态化。' },
        { id: 'II-9.3', text: '服务社区的社会组织类型多,积极参与社区治理与服务项目,开展多样化服务。' },
      ],
    },
    {
      id: 'II-10',
      name: '共性任务',
      section: 'I-4',
      weight: 9,
      items: [
        { id: 'II-10.1', text: '县(区)、功能区有政策、有推动,乡镇(街道)有方案、有措施,社区有计划、有总结。' },
        {
          id: 'II-10.2',
          text: '各级联动开展主题宣传,对接新闻媒体,开设微信公众号等自媒体,突出现场感、持续性。“幸福社区”群众知晓率85%以上。',
          source: { kind: 'rate', rate: 'awareness' },
        },
        { id: 'II-10.3', text: '实施“幸福社区”建设共议共评,群众满意度85%以上。', source: { kind: 'rate', rate: 'satisfaction' } },
      ],
    },
    {
      id: 'II-11',
      name: '项目分类',
      section: 'I-5',
      weight: null,
      items: [
        {
          id: 'II-11.1',
          text: '加分项目主要分为9大类别,包括:养老服务类、民生底线类、平安综治类、协商自治类、文化体育类、社区教育类、公共卫生类、志愿服务类和社会事务类。',
        },
        { id: 'II-11.2', text: '由执行单位按照工作实际自行申报,每个类别最多报送2项。' },
      ],
    },
    {
      id: 'II-12',
      name: '基本要求',
      section: 'I-5',
      weight: null,
      items: [
        { id: 'II-12.1', text: '按照需求调研、需求分析、项目设计、项目实施等标准环节开展服务。' },
        { id: 'II-12.2', text: '项目定位精准,服务频次和服务人数符合基本需求。' },
        { id: 'II-12.3', text: '项目推进过程中有工作反思和改进措施,体现可持续发展能力。' },
        { id: 'II-12.4', text: '项目方案、活动策划、项目中(终)期报告等各类资料和工作记录完整。' },
      ],
    },
  ],
} as const;
