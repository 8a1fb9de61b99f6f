// Pages of the app, from routes.ts: residents' pages in the main package, staff pages in a subpackage,
// and the local-mode identity switcher in the H5 build only.
import { mainPages, STAFF_ROOT, staffPages } from './routes';

export default defineAppConfig({
  pages: mainPages(process.env.TARO_ENV),
  subPackages: [{ root: STAFF_ROOT, pages: staffPages() }],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#0b6e8a',
    navigationBarTitleText: '美丽群岛 幸福社区',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f3f7f8',
  },
});
