import { lazy, Suspense } from 'react';
import type { EChartsCoreOption } from 'echarts/core';

export type ChartOption = EChartsCoreOption;

// ECharts is the largest library the app uses: loaded only when a view draws a chart, so the first
// page's JavaScript stays small.
const EChart = lazy(() => import('./EChart'));

/**
 * An Apache ECharts chart (SVG, only the parts we use are bundled). A chart is never the only way to
 * read its figures: every chart stands beside a DataTable with the same numbers, and carries a short
 * text summary as its accessible name and caption.
 */
export function Chart({ option, summary, height = 280 }: { option: ChartOption; summary: string; height?: number }) {
  return (
    <Suspense
      fallback={
        <figure className="chart" style={{ minHeight: height }}>
          <figcaption>{summary}</figcaption>
        </figure>
      }
    >
      <EChart option={option} summary={summary} height={height} />
    </Suspense>
  );
}
