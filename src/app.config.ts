// Pages of the app: residents' pages in the main package, officials' in a subpackage, and the
// local-mode identity switcher in the H5 build only.
// Residents: survey, the community's doorstep projects, one project, and telling the community a need.
const pages = ['pages/index/index', 'pages/survey/index', 'pages/projects/index', 'pages/project/index', 'pages/needs/index'];
if (process.env.TARO_ENV === 'h5') pages.push('pages/dev/identity/index');

export default defineAppConfig({
  pages,
  subPackages: [
    {
      root: 'packages/official',
      pages: [
        'indicators/index',
        'admin/index',
        'assessment/index',
        'overview/index',
        'standard/index',
        'evaluation/index',
        // Workers run their community's doorstep projects; officials read them as Ⅱ-11/Ⅱ-12 evidence.
        'projects/index',
        'project/index',
        'needs/index',
      ],
    },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#0b6e8a',
    navigationBarTitleText: '美丽群岛 幸福社区',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f3f7f8',
  },
});
