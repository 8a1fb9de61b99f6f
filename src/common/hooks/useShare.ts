// Sharing a page to a WeChat chat: the page itself with the query that carries its community (or project).
import { useShareAppMessage } from '@tarojs/taro';

/** `path` is the page's URL from routes.ts (surveyUrl(id), residentProjectsUrl(id), residentProjectUrl(id)). */
export function useShare(title: string, path: string): void {
  useShareAppMessage(() => ({ title, path }));
}
