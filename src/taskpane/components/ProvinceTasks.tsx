/**
 * The province's tasks by official class (docs/verdicts.md, "Tasks": one class per task, from its lead agencies):
 * a heading per class with its count, then each task's id, title and final deadline, and how many of its lead
 * agencies reported when not all did.
 */
import { makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import type { ProvinceTask } from '../../core/consolidate/types';
import { formatDateVi } from '../../core/text/dates';
import type { ProvinceTaskClass } from '../../core/verdict';
import { taskClassWord } from '../../i18n/verdicts';
import { useLayout } from '../layout';
import { usePlan } from '../plan';
import { useText } from '../text';
import { tasksByClass } from './tallies';

/** The badge colour of each task class. */
export const TASK_CLASS_COLOUR: Record<ProvinceTaskClass, BadgeProps['color']> = {
  doneOnTime: 'success',
  doneLate: 'warning',
  doneUndated: 'informative',
  inProgress: 'brand',
  overdue: 'danger',
  missing: 'subtle',
};

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  task: { overflowWrap: 'anywhere', minWidth: 0 },
  id: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
});

/** The tasks, grouped by class. */
export function ProvinceTaskList({ tasks }: { tasks: readonly ProvinceTask[] }) {
  const { t, lang } = useText();
  const layout = useLayout();
  const styles = useStyles();
  const { plan } = usePlan();
  const title = (taskId: string) => {
    const task = plan.tasks.find((x) => x.id === taskId);
    return (lang === 'en' ? task?.titleEn : undefined) ?? task?.title ?? taskId;
  };
  return (
    <div className={layout.stack}>
      {tasksByClass(tasks).map((group) => (
        <div key={group.status} className={styles.group} data-task-class={group.status}>
          <h4 className={styles.heading}>
            {t('taskClassHeading', { word: taskClassWord(group.status, lang), count: group.tasks.length })}
          </h4>
          <ul className={layout.list}>
            {group.tasks.map((task) => (
              <li key={task.taskId} className={styles.task} data-task={task.taskId}>
                <span className={styles.id}>{task.taskId}</span>
                {title(task.taskId)}
                {task.deadline ? (
                  <span className={layout.muted}>
                    {' · '}
                    {t('taskDeadline', { date: formatDateVi(task.deadline) })}
                  </span>
                ) : null}
                {task.leads > 0 && task.leadsReporting < task.leads ? (
                  <span className={layout.muted}>
                    {' · '}
                    {t('taskLeadsReporting', { reporting: task.leadsReporting, leads: task.leads })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
