import { html, nothing, svg, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import { qrMatrixFor, qrSize, qrSvgPath, qrViewBox } from '../../core/qr.js';
import type { Appointment } from '../../core/types.js';
import { heading } from '../../templates/heading.js';

interface QrDrawing {
  matrix: boolean[][];
  path: string;
}

/** The last QR code drawn: re-renders (a language change, a copy status) reuse it instead of re-encoding. */
export class QrCache {
  private last?: { text: string; drawing: QrDrawing | undefined };

  /** The drawing for `text`, or undefined when no QR code can carry it. */
  for(text: string): QrDrawing | undefined {
    if (this.last?.text !== text) {
      const matrix = qrMatrixFor(text);
      this.last = { text, drawing: matrix ? { matrix, path: qrSvgPath(matrix) } : undefined };
    }
    return this.last.drawing;
  }
}

/** What to do on arrival, by how the office checks citizens in and whether a QR code is shown. */
const ARRIVAL = {
  kiosk: { qr: 'receipt:arrival', noQr: 'receipt:arrivalNoQr' },
  desk: { qr: 'receipt:arrivalDesk', noQr: 'receipt:arrivalDesk' },
  any: { qr: 'receipt:arrivalAny', noQr: 'receipt:arrivalAnyNoQr' },
} as const;

/**
 * "Når du kommer": what to do at the entrance, as the office checks citizens in (the location's
 * `checkIn`): at a machine, with a QR code of the reference alone for its scanner (black on white
 * whatever the theme or forced colours, so scanners read it); at the desk, the number said aloud;
 * when the backend does not say, words that fit either, with the QR code. A reference no QR code
 * can carry is typed or said instead; without one, the citizen asks at the desk.
 */
export function renderArrival(appointment: Appointment, t: TFunction, level: number, qr: QrCache): TemplateResult {
  const { reference } = appointment;
  const checkIn = appointment.location.checkIn;
  const drawing = reference.trim() && checkIn !== 'desk' ? qr.for(reference) : undefined;
  const text = !reference.trim() ? 'receipt:arrivalNoReference' : ARRIVAL[checkIn ?? 'any'][drawing ? 'qr' : 'noQr'];
  return html`
    <section class="arrival" part="arrival" aria-labelledby="arrival-heading">
      ${heading(level, t('receipt:arrivalHeading'), { id: 'arrival-heading', className: 'section-heading' })}
      <div class="arrival-body">
        <p>${t(text)}</p>
        ${drawing ? renderQr(drawing, t('receipt:qrLabel', { reference })) : nothing}
      </div>
    </section>
  `;
}

function renderQr({ matrix, path }: QrDrawing, label: string): TemplateResult {
  const size = qrSize(matrix);
  return html`<svg class="qr" part="qr" role="img" aria-label=${label} viewBox=${qrViewBox(matrix)} shape-rendering="crispEdges">
    ${svg`<rect width=${size} height=${size} fill="#ffffff" /><path d=${path} fill="#000000" />`}
  </svg>`;
}
