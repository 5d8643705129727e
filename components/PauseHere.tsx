import { i18n } from '#i18n';

/**
 * "Pause on this site for an hour", and while paused, "Resume". One button whose words change,
 * so focus stays on it; the popup's status line says until when.
 */
export function PauseHere(props: { paused: boolean; onPause(): void; onResume(): void }) {
  return (
    <p class="pause-here">
      <button type="button" onClick={props.paused ? props.onResume : props.onPause}>
        {props.paused ? i18n.t('popup.resume') : i18n.t('popup.pauseHour')}
      </button>
    </p>
  );
}
