// 社区名册: every community the caller works with (kind, households, pilot), editing one, importing a sheet, and its poster.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import {
  canDesignatePilots,
  canEditCommunity,
  canEditRegistry,
  canMakePoster,
  communityKindName,
  type Actor,
} from '../../../../cloud/contract/rules';
import { posterUrl } from '../../../routes';
import { ActionResult } from '../../../common/components/ActionResult';
import { BigButton } from '../../../common/components/BigButton';
import { Screen } from '../../../common/components/Screen';
import { ConsoleShell } from '../../../common/components/console/ConsoleShell';
import { ErrorNote, Loading } from '../../../common/components/StatusView';
import { useMe } from '../../../common/hooks/useMe';
import { blankForm, formOf, useRegistry } from '../../../registry/useRegistry';
import { STAFFING_TEXT } from '../../../text/staffing';
import { CommunityEditor } from './CommunityEditor';
import { ImportPanel } from './ImportPanel';
import './index.scss';

function Registry({ actor }: { actor: Actor }) {
  const r = useRegistry();
  const fixedDistrict = canDesignatePilots(actor) ? null : (actor.scope?.district ?? null);
  const newForm = () => ({ ...blankForm(), district: fixedDistrict ?? '' });
  if (r.list.state.status === 'loading') return <Loading />;
  if (r.list.state.status === 'error') return <ErrorNote message={r.list.state.error.message} onRetry={r.list.reload} />;
  const communities = r.list.state.data.communities;
  return (
    <>
      {r.form ? (
        <CommunityEditor
          form={r.form}
          errors={r.errors}
          pilots={canDesignatePilots(actor)}
          fixedDistrict={fixedDistrict}
          update={r.update}
          submit={r.submit}
          cancel={() => r.open(null)}
          busy={r.saving}
          result={r.saveResult}
        />
      ) : (
        <>
          <ActionResult result={r.saveResult} />
          <BigButton variant='secondary' onClick={() => r.open(newForm())}>
            {STAFFING_TEXT.newCommunity}
          </BigButton>
        </>
      )}
      {r.form ? null : <ImportPanel onDone={r.merge} />}
      {communities.map((c) => (
        <View key={c.id} className='card community-row'>
          <Text className='community-row__name'>{`${c.name}${c.pilot ? ` · ${STAFFING_TEXT.pilot}` : ''}`}</Text>
          <Text className='community-row__meta'>{`${c.district} · ${c.street} · ${communityKindName(c.kind)} · ${STAFFING_TEXT.households(c.households)}`}</Text>
          <View className='row-buttons'>
            {canEditCommunity(actor, c) ? (
              <BigButton variant='link' onClick={() => r.open(formOf(c))}>
                {STAFFING_TEXT.edit}
              </BigButton>
            ) : null}
            {canMakePoster(actor, c) ? (
              <BigButton variant='link' onClick={() => Taro.navigateTo({ url: posterUrl(c.id) })}>
                {STAFFING_TEXT.poster}
              </BigButton>
            ) : null}
          </View>
        </View>
      ))}
    </>
  );
}

export default function RegistryPage() {
  const me = useMe();
  let body;
  if (me.state.status === 'loading') body = <Loading />;
  else if (me.state.status === 'error') body = <ErrorNote message={me.state.error.message} onRetry={me.reload} />;
  else if (!me.actor || !canEditRegistry(me.actor)) body = <ErrorNote message={STAFFING_TEXT.registryForbidden} />;
  else body = <Registry actor={me.actor} />;
  return (
    <ConsoleShell>
      <Screen className='registry-page'>
        <Text className='title'>{STAFFING_TEXT.registryTitle}</Text>
        {body}
      </Screen>
    </ConsoleShell>
  );
}
