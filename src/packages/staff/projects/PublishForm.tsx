// The worker's publish form: the nine categories by their names (full ones marked and closed), title and summary
// with their limits, and the outcome of publishProject.
import { Text, View } from '@tarojs/components';
import type { TProjectDetail } from '../../../../cloud/contract';
import { LONG_TEXT_MAX, MAX_PROJECTS_PER_CATEGORY, TITLE_MAX } from '../../../../cloud/contract/rules';
import type { CategoryGroup } from '../../../projects/groups';
import { usePublishProject } from '../../../projects/usePublishProject';
import { ActionResult } from '../../../common/components/ActionResult';
import { BigButton } from '../../../common/components/BigButton';
import { FormField } from '../../../common/components/FormField';
import { WORKER_TEXT } from '../../../text/worker';

// The boxes take a little more than the limit, so a long paste shows its problem instead of being cut silently.
const SLACK = 20;

interface Props {
  communityId: string;
  year: number;
  groups: CategoryGroup<unknown>[];
  onPublished: (project: TProjectDetail) => void;
}

export function PublishForm({ communityId, year, groups, onPublished }: Props) {
  const full = new Set(groups.filter((g) => g.full).map((g) => g.category));
  const f = usePublishProject(communityId, year, full, onPublished);
  return (
    <View className='card publish-form' id='publish-form'>
      <Text className='section-title'>{WORKER_TEXT.publishTitle}</Text>
      <Text className='subtitle'>{WORKER_TEXT.ruleHint(MAX_PROJECTS_PER_CATEGORY)}</Text>
      <Text className='field-label'>{WORKER_TEXT.categoryLabel}</Text>
      <View className='category-options' id='publish-category'>
        {groups.map((g) => (
          <BigButton
            key={g.category}
            variant='option'
            className='category-option'
            selected={f.draft.category === g.category}
            disabled={g.full}
            onClick={() => f.choose(g.category)}
          >
            {g.full
              ? WORKER_TEXT.fullOption(g.name, MAX_PROJECTS_PER_CATEGORY)
              : WORKER_TEXT.openOption(g.name, g.projects.length, MAX_PROJECTS_PER_CATEGORY)}
          </BigButton>
        ))}
      </View>
      {f.errors.category ? <Text className='field-error'>{f.errors.category}</Text> : null}
      <FormField
        id='publish-title'
        label={WORKER_TEXT.titleLabel}
        value={f.draft.title}
        maxlength={TITLE_MAX + SLACK}
        placeholder={WORKER_TEXT.titlePlaceholder}
        count={WORKER_TEXT.chars(f.draft.title.trim().length, TITLE_MAX)}
        error={f.errors.title}
        onInput={(title) => f.update({ title })}
      />
      <FormField
        id='publish-summary'
        label={WORKER_TEXT.summaryLabel}
        multiline
        value={f.draft.summary}
        maxlength={LONG_TEXT_MAX + SLACK}
        placeholder={WORKER_TEXT.summaryPlaceholder}
        count={WORKER_TEXT.chars(f.draft.summary.trim().length, LONG_TEXT_MAX)}
        error={f.errors.summary}
        onInput={(summary) => f.update({ summary })}
      />
      <ActionResult result={f.result} />
      <BigButton disabled={f.busy} onClick={f.publish}>
        {f.busy ? WORKER_TEXT.publishing : WORKER_TEXT.publish}
      </BigButton>
    </View>
  );
}
