import { html, svg, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import { qrMatrix, qrSize, qrSvgPath, qrViewBox } from '../../core/qr.js';
import type { Appointment } from '../../core/types.js';
import { heading } from '../../templates/heading.js';

interface QrDrawing {
  matrix: boolean[][];
  path: string;
}

/** The last QR code drawn: re-renders (a language change, a copy status) reuse it instead of re-encoding. */
export class QrCache {
  private last?: QrDrawing & { text: string };

  for(text: string): QrDrawing {
    if (this.last?.text !== text) {
      const matrix = qrMatrix(text);
      this.last = { text, matrix, path: qrSvgPath(matrix) };
    }
    return this.last;
  }
}

/**
 * "Når du kommer": what to do at the entrance, with a QR code of the reference alone for the
 * kiosk scanner. Black on white whatever the theme or forced colours, so scanners read it.
 */
export function renderArrival(appointment: Appointment, t: TFunction, level: number, qr: QrCache): TemplateResult {
  const { matrix, path } = qr.for(appointment.reference);
  const size = qrSize(matrix);
  return html`
    <section class="arrival" part="arrival" aria-labelledby="arrival-heading">
      ${heading(level, t('receipt:arrivalHeading'), { id: 'arrival-heading', className: 'section-heading' })}
      <div class="arrival-body">
        <p>${t('receipt:arrival')}</p>
        <svg
          class="qr"
          part="qr"
          role="img"
          aria-label=${t('receipt:qrLabel', { reference: appointment.reference })}
          viewBox=${qrViewBox(matrix)}
          shape-rendering="crispEdges"
        >
          ${svg`<rect width=${size} height=${size} fill="#ffffff" /><path d=${path} fill="#000000" />`}
        </svg>
      </div>
    </section>
  `;
}
