// The fieldwork pages: 入户代填 (household and consent first, then the resident's two question screens), 纸质问卷录入
// (serial and answers, one form after another), and the links workers and officials find them by.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { TGetIndicatorsOutput, TGetQualityReportOutput } from '../../../../cloud/contract';
import { SURVEY_QUESTIONS, type TRole } from '../../../../cloud/contract/rules';
import { navigateTo, setRouterParams } from '../../support/taro';
import { COMMUNITIES, rateFixture, surveyOf, typeInto, whoami } from '../../support/builders';
import { answerAlso, callsOf, serve } from '../../support/fake-cloud';
import { ApiCallError } from '../../../../src/common/api/cloud';
import { FIELDWORK_TEXT } from '../../../../src/text/fieldwork';
import { SURVEY_TEXT } from '../../../../src/text/survey';
import AssistedPage from '../../../../src/packages/staff/assisted/index';
import IndicatorsPage from '../../../../src/packages/staff/indicators/index';
import PaperPage from '../../../../src/packages/staff/paper/index';
import QualityPage from '../../../../src/packages/staff/quality/index';

jest.mock('../../../../src/common/api/cloud', () => require('../../support/fake-cloud').fakeCloudModule());

const BEIYUAN = COMMUNITIES[0];
const [awareness, satisfaction] = SURVEY_QUESTIONS;
const click = (text: string) => act(() => void fireEvent.click(screen.getByText(text)));
const type = (id: string, value: string) => act(() => typeInto(document.getElementById(id) as Element, value));

function serveWorker() {
  serve({
    whoami: () => whoami(['resident', 'worker'], BEIYUAN.id),
    listCommunities: () => ({ communities: COMMUNITIES }),
    getSurvey: () => surveyOf(BEIYUAN),
    checkHousehold: () => ({ answered: false }),
    submitAssistedResponse: () => ({ round: { communityId: BEIYUAN.id, year: 2025 }, accepted: true, channel: 'assisted' }),
    submitPaperResponse: () => ({ round: { communityId: BEIYUAN.id, year: 2025 }, accepted: true, channel: 'paper' }),
  });
}

beforeEach(() => {
  setRouterParams({});
  navigateTo.mockClear();
});

describe('入户代填', () => {
  test('the household and the consent come first; then one question a screen; the answer goes with its startToken', async () => {
    serveWorker();
    render(<AssistedPage />);
    await screen.findByText(FIELDWORK_TEXT.assistedTitle(BEIYUAN.name, 2025));
    for (const line of FIELDWORK_TEXT.consentText) screen.getByText(line);

    // Nothing typed, nothing ticked: the fields say what is missing and no question shows.
    click(FIELDWORK_TEXT.startQuestions);
    screen.getByText('请填写楼幢（或村组）');
    screen.getByText('请填写室号（或门牌号）');
    screen.getByText(FIELDWORK_TEXT.consentFirst);
    expect(screen.queryByText(awareness.text)).toBeNull();

    type('household-building', '３幢');
    type('household-unit', '2单元');
    type('household-room', '301');
    click(FIELDWORK_TEXT.consentBox);
    click(FIELDWORK_TEXT.startQuestions);

    // checkHousehold first (the household as typed: the server normalizes it), then the resident's own question
    // screens: one at a time, with progress.
    await screen.findByText(awareness.text);
    expect(callsOf('checkHousehold')).toEqual([{ communityId: BEIYUAN.id, household: { building: '３幢', unit: '2单元', room: '301' } }]);
    expect(screen.queryByText(satisfaction.text)).toBeNull();
    screen.getByText(SURVEY_TEXT.progress(1, 2));
    click('知道');
    click(SURVEY_TEXT.next);
    screen.getByText(satisfaction.text);
    click('满意');
    click(SURVEY_TEXT.submit);
    await screen.findByText(FIELDWORK_TEXT.recorded('３幢 2单元 301'));
    expect(callsOf('submitAssistedResponse')).toEqual([
      {
        communityId: BEIYUAN.id,
        household: { building: '３幢', unit: '2单元', room: '301' },
        answers: { awareness: 'aware', satisfaction: 'satisfied' },
        consent: true,
        startToken: 'test-start-token',
      },
    ]);

    // The next household starts clean, with a new startToken.
    click(FIELDWORK_TEXT.nextHousehold);
    await screen.findByText(FIELDWORK_TEXT.enteredToday(1));
    await screen.findByText(FIELDWORK_TEXT.startQuestions);
    expect(callsOf('getSurvey')).toHaveLength(2);
    expect((document.getElementById('household-building') as HTMLInputElement).getAttribute('value') ?? '').toBe('');
  });

  test('a household answered already is refused with the server’s words, and the worker may correct the address', async () => {
    serveWorker();
    answerAlso({
      submitAssistedResponse: () =>
        Promise.reject(new ApiCallError('HOUSEHOLD_ANSWERED', '这一户今年已经通过入户代填回答过本社区的问卷，每户每年只能代填一次')),
    });
    render(<AssistedPage />);
    await screen.findByText(FIELDWORK_TEXT.startQuestions);
    type('household-building', '3幢');
    type('household-room', '301');
    click(FIELDWORK_TEXT.consentBox);
    click(FIELDWORK_TEXT.startQuestions);
    await screen.findByText(awareness.text);
    click('听说过');
    click(SURVEY_TEXT.next);
    click('比较满意');
    click(SURVEY_TEXT.submit);
    await screen.findByText(FIELDWORK_TEXT.alreadyAnsweredTitle);
    screen.getByText('这一户今年已经通过入户代填回答过本社区的问卷，每户每年只能代填一次');
    click(FIELDWORK_TEXT.editHousehold);
    await screen.findByText(FIELDWORK_TEXT.startQuestions);
  });

  test('a household that answered already is refused at the household step, before any question', async () => {
    serveWorker();
    answerAlso({ checkHousehold: () => ({ answered: true }) });
    render(<AssistedPage />);
    await screen.findByText(FIELDWORK_TEXT.startQuestions);
    type('household-building', '3幢');
    type('household-room', '301');
    click(FIELDWORK_TEXT.consentBox);
    click(FIELDWORK_TEXT.startQuestions);

    // Said plainly, on the household step: no question shows, nothing is submitted, what was typed stays.
    const refused = await screen.findByText(FIELDWORK_TEXT.householdAnsweredBefore);
    expect(refused.closest('#assisted-refused')?.getAttribute('aria-role')).toBe('alert');
    expect(FIELDWORK_TEXT.householdAnsweredBefore).toContain('这一户本轮已经通过入户代填答过问卷，不能重复填写');
    expect(screen.queryByText(awareness.text)).toBeNull();
    screen.getByText(FIELDWORK_TEXT.startQuestions);
    expect((document.getElementById('household-room') as HTMLInputElement).getAttribute('value')).toBe('301');
    expect(callsOf('checkHousehold')).toEqual([{ communityId: BEIYUAN.id, household: { building: '3幢', unit: '', room: '301' } }]);
    expect(callsOf('submitAssistedResponse')).toHaveLength(0);

    // Correcting the room takes the refusal away; the next household that has not answered goes on to the questions.
    type('household-room', '302');
    expect(screen.queryByText(FIELDWORK_TEXT.householdAnsweredBefore)).toBeNull();
    answerAlso({ checkHousehold: () => ({ answered: false }) });
    click(FIELDWORK_TEXT.startQuestions);
    await screen.findByText(awareness.text);
    expect(callsOf('checkHousehold')[1]).toEqual({ communityId: BEIYUAN.id, household: { building: '3幢', unit: '', room: '302' } });
  });

  test('a failed check says why and stays on the household step', async () => {
    serveWorker();
    answerAlso({ checkHousehold: () => Promise.reject(new ApiCallError('NETWORK', '网络不太好，请稍后再试')) });
    render(<AssistedPage />);
    await screen.findByText(FIELDWORK_TEXT.startQuestions);
    type('household-building', '3幢');
    type('household-room', '301');
    click(FIELDWORK_TEXT.consentBox);
    click(FIELDWORK_TEXT.startQuestions);
    await screen.findByText('网络不太好，请稍后再试');
    expect(screen.queryByText(awareness.text)).toBeNull();
    expect(callsOf('submitAssistedResponse')).toHaveLength(0);
  });

  test('a closed round is said before anything is typed', async () => {
    serveWorker();
    answerAlso({ getSurvey: () => ({ ...surveyOf(BEIYUAN), roundClosed: true }) });
    render(<AssistedPage />);
    await screen.findByText(FIELDWORK_TEXT.roundClosed);
    expect(screen.queryByText(FIELDWORK_TEXT.startQuestions)).toBeNull();
  });
});

describe('纸质问卷录入', () => {
  test('serial and both answers are required; a form is entered and the next one starts empty; a serial entered before is refused', async () => {
    serveWorker();
    render(<PaperPage />);
    await screen.findByText(FIELDWORK_TEXT.enterPaper);
    click(FIELDWORK_TEXT.enterPaper);
    screen.getByText('请填写问卷编号');
    expect(screen.getAllByText(FIELDWORK_TEXT.chooseAnswer)).toHaveLength(2);
    expect(callsOf('submitPaperResponse')).toHaveLength(0);

    type('paper-serial', 'JN-0001');
    act(() => void fireEvent.click(within(document.getElementById('paper-awareness') as HTMLElement).getByText('不知道')));
    act(() => void fireEvent.click(within(document.getElementById('paper-satisfaction') as HTMLElement).getByText('说不清')));
    click(FIELDWORK_TEXT.enterPaper);
    await screen.findByText(FIELDWORK_TEXT.paperEntered('JN-0001'));
    screen.getByText(FIELDWORK_TEXT.paperCount(1));
    expect(callsOf('submitPaperResponse')).toEqual([
      { communityId: BEIYUAN.id, serial: 'JN-0001', answers: { awareness: 'unaware', satisfaction: 'unsure' } },
    ]);

    answerAlso({
      submitPaperResponse: () =>
        Promise.reject(new ApiCallError('SERIAL_ENTERED', '编号为“jn-0001”的纸质问卷今年已经录入过了，请核对编号')),
    });
    type('paper-serial', 'jn-0001');
    act(() => void fireEvent.click(within(document.getElementById('paper-awareness') as HTMLElement).getByText('知道')));
    act(() => void fireEvent.click(within(document.getElementById('paper-satisfaction') as HTMLElement).getByText('满意')));
    click(FIELDWORK_TEXT.enterPaper);
    expect(await screen.findAllByText('编号为“jn-0001”的纸质问卷今年已经录入过了，请核对编号')).not.toHaveLength(0);
  });
});

describe('数据质量', () => {
  const REPORT: TGetQualityReportOutput = {
    year: 2025,
    rules: { fastMs: 8000, burstWindowMs: 600000, burstMoreThan: 20, volunteerTarget: 20 },
    communities: [
      {
        communityId: BEIYUAN.id,
        name: BEIYUAN.name,
        responses: 40,
        final: false,
        channels: { self: 35, assisted: 2, paper: 3 },
        workers: [{ who: { role: 'worker', name: '王芳' }, label: '社区工作者 王芳', assisted: 2, paper: 3 }],
        fast: 3,
        unknownDuration: 1,
        inBursts: 25,
        bursts: [{ start: '2025-06-01T04:00:00.000Z', end: '2025-06-01T04:08:00.000Z', count: 25, peak: 25 }],
        flagged: 28,
        rates: {
          shownAt: 40,
          withFlagged: { n: 40, awareness: rateFixture(33, 40), satisfaction: rateFixture(32, 40) },
          withoutFlagged: { n: 12, excluded: 28, awareness: rateFixture(5, 12), satisfaction: rateFixture(4, 12) },
        },
        volunteers: {
          count: 3,
          target: 20,
          meets: false,
          contacts: [{ phone: '13800138000', projects: ['长者食堂', '平安巡逻'], joinedAt: '2025-06-01T01:00:00.000Z' }],
        },
      },
    ],
  };

  test('channels, per-worker entries, flags, both rates and the volunteers against 20 with the contact list', async () => {
    serveWorker();
    answerAlso({ getQualityReport: () => REPORT });
    setRouterParams({ year: '2025' });
    render(<QualityPage />);
    await screen.findByText('社区工作者 王芳');
    expect(callsOf('getQualityReport')).toEqual([{ year: 2025, communityId: BEIYUAN.id }]);
    screen.getByText(FIELDWORK_TEXT.byWorker(2, 3));
    screen.getByText(FIELDWORK_TEXT.fast(3));
    screen.getByText(FIELDWORK_TEXT.unknownDuration(1));
    screen.getByText(/：25 份（10 分钟内最多 25 份）$/);
    screen.getByText(FIELDWORK_TEXT.flagged(28));
    const awarenessRow = within(document.getElementById('quality-rate-awareness') as HTMLElement);
    awarenessRow.getByText('82.5%');
    awarenessRow.getByText('33/40 份');
    awarenessRow.getByText('41.7%');
    awarenessRow.getByText('5/12 份');
    screen.getByText(FIELDWORK_TEXT.withoutFlagged(28));
    screen.getByText(FIELDWORK_TEXT.volunteers(3));
    screen.getByText(FIELDWORK_TEXT.short(17));
    screen.getByText('13800138000');
  });

  test('an official sees no contact list', async () => {
    serve({
      whoami: () => whoami(['resident', 'official']),
      listCommunities: () => ({ communities: COMMUNITIES }),
      getQualityReport: () => ({
        ...REPORT,
        communities: [{ ...REPORT.communities[0], volunteers: { ...REPORT.communities[0].volunteers, contacts: null } }],
      }),
    });
    setRouterParams({ year: '2025', communityId: BEIYUAN.id });
    render(<QualityPage />);
    await screen.findByText('社区工作者 王芳');
    expect(screen.queryByText(FIELDWORK_TEXT.contactsTitle)).toBeNull();
  });
});

describe('links from the indicators page', () => {
  const DATA: TGetIndicatorsOutput = { year: 2025, communities: [] };
  const linksFor = async (roles: TRole[], communityId: string | null) => {
    serve({ whoami: () => whoami(roles, communityId), getIndicators: () => DATA });
    const view = render(<IndicatorsPage />);
    await screen.findByText('2025年');
    await act(() => new Promise((r) => setTimeout(r, 0)));
    const shown = [FIELDWORK_TEXT.assistedLink, FIELDWORK_TEXT.paperLink, FIELDWORK_TEXT.qualityLink].filter((t) => screen.queryByText(t));
    view.unmount();
    return shown;
  };

  test('a worker finds 入户代填, 纸质问卷录入 and 数据质量; an official 数据质量 only', async () => {
    expect(await linksFor(['resident', 'worker'], BEIYUAN.id)).toEqual([
      FIELDWORK_TEXT.assistedLink,
      FIELDWORK_TEXT.paperLink,
      FIELDWORK_TEXT.qualityLink,
    ]);
    expect(await linksFor(['resident', 'official'], null)).toEqual([FIELDWORK_TEXT.qualityLink]);
    expect(await linksFor(['resident', 'admin'], null)).toEqual([FIELDWORK_TEXT.qualityLink]);
  });
});
