// The way from the indicators to the other staff pages, each shown by the contract's rule for the caller: the
// console (officials and admins: the drill-down, charts and community reports), the doorstep projects (workers run
// their own; officials and admins read every community's), the overview and the standard (those who score), and the
// project evaluation (third-party evaluators and admins).
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { canEvaluateProjects, canScore, rollupScope } from '../../../../cloud/contract/rules';
import { hasStaffProjects } from '../../../projects/access';
import { entersFieldwork, readsQuality } from '../../../fieldwork/access';
import { assistedUrl, consoleUrl, evaluationUrl, overviewUrl, paperUrl, qualityUrl, staffProjectsUrl, standardUrl } from '../../../routes';
import { BigButton } from '../../../common/components/BigButton';
import { useMe } from '../../../common/hooks/useMe';
import { ASSESSMENT_TEXT } from '../../../text/assessment';
import { DASHBOARD_TEXT } from '../../../text/dashboard';
import { EVALUATION_TEXT } from '../../../text/evaluation';
import { FIELDWORK_TEXT } from '../../../text/fieldwork';
import { WORKER_TEXT } from '../../../text/worker';

export function StaffLinks({ year }: { year: number }) {
  const { actor } = useMe();
  if (!actor) return null;
  const links = [
    { show: rollupScope(actor) !== null, url: consoleUrl(year), text: DASHBOARD_TEXT.link, variant: 'primary' },
    { show: hasStaffProjects(actor), url: staffProjectsUrl(year), text: WORKER_TEXT.projectsLink, variant: 'secondary' },
    { show: canScore(actor), url: overviewUrl(year), text: ASSESSMENT_TEXT.overviewLink, variant: 'secondary' },
    { show: canEvaluateProjects(actor), url: evaluationUrl(year), text: EVALUATION_TEXT.link, variant: 'secondary' },
    { show: entersFieldwork(actor), url: assistedUrl(), text: FIELDWORK_TEXT.assistedLink, variant: 'secondary' },
    { show: entersFieldwork(actor), url: paperUrl(), text: FIELDWORK_TEXT.paperLink, variant: 'secondary' },
    { show: readsQuality(actor), url: qualityUrl(year), text: FIELDWORK_TEXT.qualityLink, variant: 'secondary' },
    { show: canScore(actor), url: standardUrl(), text: ASSESSMENT_TEXT.standardLink, variant: 'link' },
  ] as const;
  return (
    <View className='staff-links'>
      {links.map((l) =>
        l.show ? (
          <BigButton key={l.url} variant={l.variant} onClick={() => Taro.navigateTo({ url: l.url })}>
            {l.text}
          </BigButton>
        ) : null,
      )}
    </View>
  );
}
