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

/**
 * "Når du kommer": what to do at the entrance, with a QR code of the reference alone for the
 * kiosk scanner. Black on white whatever the theme or forced colours, so scanners read it.
 * A reference no QR code can carry is typed in instead; without one, the citizen asks at the desk.
 */
export function renderArrival(appointment: Appointment, t: TFunction, level: number, qr: QrCache): TemplateResult {
  const { reference } = appointment;
  const drawing = qr.for(reference);
  const text = drawing ? 'receipt:arrival' : reference.trim() ? 'receipt:arrivalNoQr' : 'receipt:arrivalNoReference';
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
