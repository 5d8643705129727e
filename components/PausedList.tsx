import { i18n } from '#i18n';
import { displayHost } from '../utils/host-names';
import { type PausedSite, runningPauses } from '../utils/paused';
import { timeOfDay } from './time-of-day';
import { useClock } from './use-clock';

/**
 * The sites paused for now (from the popup), each with its end and a button that resumes it.
 * Nothing while none is: a pause is added only from the popup, and ends by itself.
 */
export function PausedList(props: { pauses: PausedSite[]; onResume(host: string): void }) {
  const now = useClock(props.pauses.map((p) => p.until));
  const pauses = runningPauses(props.pauses, now);
  if (pauses.length === 0) return null;
  const lang = i18n.t('lang');
  return (
    <div class="sites">
      <h3 id="h-paused">{i18n.t('sites.paused')}</h3>
      <ul aria-labelledby="h-paused">
        {pauses.map((p) => (
          <li key={p.host}>
            <span>
              {i18n.t('sites.pausedUntil', [displayHost(p.host), timeOfDay(p.until, lang)])}
            </span>
            <button
              type="button"
              aria-label={i18n.t('sites.resumeLabel', [displayHost(p.host)])}
              onClick={() => props.onResume(p.host)}
            >
              {i18n.t('sites.resume')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
