import { html, svg } from 'lit';
import type { Status } from './data.js';

/** One outline shape per status, so status never rests on colour alone (16 × 16, drawn in currentColor). */
const SHAPES: Record<Status, string> = {
  received: 'M2 9h4l1 2h2l1-2h4M2 9l2-6h8l2 6v4H2z',
  considering: 'M7 2.5a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9zm3.2 7.7L14 14',
  planned: 'M2 4h12v10H2zM2 7.5h12M5 2v3M11 2v3',
  'in-progress': 'M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2zm0 3v3.5l2.5 2',
  done: 'M2.5 8.5l3.5 3.5 7.5-8',
  'not-possible': 'M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2zM3.8 3.8l8.4 8.4',
};

/** The status icon, hidden from assistive technology (the status is always said in words beside it). */
export const statusIcon = (status: Status) =>
  html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${svg`<path d=${SHAPES[status]} />`}</svg>`;
