// 我的数据 (PIPL): the resident's needs, ratings and comments, roles in projects and this year's survey answer;
// each can be withdrawn after a confirm step, and what was done is said in words.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { joinRoleName, shanghaiDay, stageName, SURVEY_QUESTIONS } from '../../../cloud/contract/rules';
import { ActionResult } from '../../common/components/ActionResult';
import { BigButton } from '../../common/components/BigButton';
import { Screen } from '../../common/components/Screen';
import { ErrorNote, Loading } from '../../common/components/StatusView';
import { useMyData, type Withdrawal } from '../../notify/useMyData';
import { residentProjectUrl } from '../../routes';
import { NOTIFY_TEXT } from '../../text/notify';
import './index.scss';

type Page = ReturnType<typeof useMyData>;
const open = (projectId: string) => Taro.navigateTo({ url: residentProjectUrl(projectId) });

/** 撤回 (or 退出), then 确定撤回 / 不撤回 in place: nothing is removed by a single tap. */
function WithdrawControl({
  page,
  item,
  what,
  label = NOTIFY_TEXT.withdraw,
}: {
  page: Page;
  item: Withdrawal;
  what: string;
  label?: string;
}) {
  if (page.confirming !== item.key) {
    return (
      <BigButton variant='link' className='mydata__withdraw' disabled={page.busy} onClick={() => page.ask(item.key)}>
        {label}
      </BigButton>
    );
  }
  return (
    <View className='mydata__confirm' ariaRole='alert'>
      <Text className='mydata__confirm-text'>{NOTIFY_TEXT.confirm(what)}</Text>
      <BigButton disabled={page.busy} onClick={() => void page.withdraw(item)}>
        {NOTIFY_TEXT.confirmYes}
      </BigButton>
      <BigButton variant='secondary' disabled={page.busy} onClick={page.cancel}>
        {NOTIFY_TEXT.confirmNo}
      </BigButton>
    </View>
  );
}

function Section({ title, empty, children }: { title: string; empty: string; children: ReactNode[] }) {
  return (
    <View className='mydata__section'>
      <Text className='section-title'>{title}</Text>
      {children.length === 0 ? <Text className='paragraph'>{empty}</Text> : children}
    </View>
  );
}

const optionLabel = (question: string, option: string) =>
  SURVEY_QUESTIONS.find((q) => q.id === question)?.options.find((o) => o.id === option)?.label ?? option;

function Body({ page }: { page: Page }) {
  const d = page.data!;
  return (
    <>
      <ActionResult result={page.result} />
      <Section title={NOTIFY_TEXT.needsTitle} empty={NOTIFY_TEXT.noNeeds}>
        {d.needs.map((n) => (
          <View key={n.id} className='card mydata__item'>
            <Text className='mydata__meta'>{shanghaiDay(n.submittedAt)}</Text>
            <Text className='mydata__text'>{n.text}</Text>
            {n.project ? (
              <BigButton variant='secondary' onClick={() => open(n.project!.id)}>
                {NOTIFY_TEXT.linkedTo(n.project.title, stageName(n.project.stage))}
              </BigButton>
            ) : (
              <Text className='mydata__status'>{NOTIFY_TEXT.considering}</Text>
            )}
            <WithdrawControl page={page} item={{ kind: 'need', key: `n:${n.id}`, needId: n.id }} what={NOTIFY_TEXT.what.need} />
          </View>
        ))}
      </Section>
      <Section title={NOTIFY_TEXT.commentsTitle} empty={NOTIFY_TEXT.noComments}>
        {d.comments.map((c) => (
          <View key={c.id} className='card mydata__item'>
            {c.project ? (
              <BigButton variant='link' className='mydata__project' onClick={() => open(c.project!.id)}>
                {c.project.title}
              </BigButton>
            ) : null}
            <Text className='mydata__stars'>{NOTIFY_TEXT.stars(c.rating)}</Text>
            <Text className='mydata__text'>{c.comment ?? NOTIFY_TEXT.noComment}</Text>
            {c.hidden ? <Text className='mydata__status mydata__status--warn'>{NOTIFY_TEXT.hidden(c.hidden.reason)}</Text> : null}
            {c.reply ? <Text className='mydata__status'>{NOTIFY_TEXT.replied(c.reply.by, c.reply.text)}</Text> : null}
            <WithdrawControl page={page} item={{ kind: 'comment', key: `c:${c.id}`, feedbackId: c.id }} what={NOTIFY_TEXT.what.comment} />
          </View>
        ))}
      </Section>
      <Section title={NOTIFY_TEXT.rolesTitle} empty={NOTIFY_TEXT.noRoles}>
        {d.roles.map((r) => (
          <View key={`${r.project.id}:${r.role}`} className='card mydata__item'>
            <BigButton variant='link' className='mydata__project' onClick={() => open(r.project.id)}>
              {r.project.title}
            </BigButton>
            <Text className='mydata__text'>{NOTIFY_TEXT.joinedAs(joinRoleName(r.role))}</Text>
            <WithdrawControl
              page={page}
              item={{ kind: 'role', key: `r:${r.project.id}:${r.role}`, projectId: r.project.id, role: r.role, title: r.project.title }}
              what={NOTIFY_TEXT.what.role}
              label={NOTIFY_TEXT.leave}
            />
          </View>
        ))}
      </Section>
      <Section title={NOTIFY_TEXT.responseTitle} empty={NOTIFY_TEXT.noResponse}>
        {d.response
          ? [
              <View key='response' className='card mydata__item'>
                <Text className='mydata__meta'>{NOTIFY_TEXT.answeredIn(d.response.communityName, d.response.year)}</Text>
                {SURVEY_QUESTIONS.map((q) => (
                  <Text key={q.id} className='mydata__text'>
                    {`${q.text} ${optionLabel(q.id, d.response!.answers[q.id])}`}
                  </Text>
                ))}
                {d.response.roundClosed ? (
                  <Text className='mydata__status'>{NOTIFY_TEXT.roundClosed}</Text>
                ) : (
                  <WithdrawControl
                    page={page}
                    item={{ kind: 'response', key: 'response', communityId: d.response.communityId, year: d.response.year }}
                    what={NOTIFY_TEXT.what.response}
                  />
                )}
              </View>,
            ]
          : []}
      </Section>
    </>
  );
}

export default function MyDataPage() {
  const page = useMyData();
  let body;
  if (page.state.status === 'loading' && !page.data) body = <Loading />;
  else if (page.state.status === 'error') body = <ErrorNote message={page.state.error.message} onRetry={page.reload} />;
  else if (page.data) body = <Body page={page} />;
  return (
    <Screen className='mydata-page'>
      <Text className='title'>{NOTIFY_TEXT.myDataTitle}</Text>
      <Text className='subtitle'>{NOTIFY_TEXT.myDataIntro}</Text>
      {body}
    </Screen>
  );
}
