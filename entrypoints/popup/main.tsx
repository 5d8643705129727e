import '../../components/page.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';

render(
  <Popup
    onOpenSettings={() => {
      void browser.runtime.openOptionsPage();
      window.close();
    }}
  />,
  document.getElementById('app') as HTMLElement,
);
