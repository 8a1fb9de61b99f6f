// Chinese text of 长辈模式, of the links that lead nowhere (an unknown community or project), and of forwarding.
export const CARE_TEXT = {
  careLabel: '长辈模式',
  careOn: '已开启：字更大，按钮更大',
  careOff: '未开启：点一下，字和按钮变大',
  careAria: (on: boolean) => `长辈模式，${on ? '已开启' : '未开启'}`,

  unknownCommunityTitle: '没有找到这个社区',
  unknownCommunity: '链接可能有误或已失效。请从社区列表里选择您的社区。',
  noCommunityTitle: '请先选择社区',
  noCommunity: '这个页面需要知道您是哪个社区的。请从社区列表里选择您的社区。',
  unknownProjectTitle: '没有找到这个项目',
  unknownProject: '链接可能有误，或者项目已被撤下。选择社区后，可以看看社区现在的项目。',
  badLinkNote: '链接里的社区没有找到，链接可能有误或已失效。请在下面选择您的社区。',
  chooseCommunity: '选择社区',

  shareHome: '美丽群岛 幸福社区：选择您的社区，说说您的看法',
} as const;
