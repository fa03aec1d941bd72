import { useEffect, useRef } from 'react';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, AriaComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/**
 * An Apache ECharts chart (SVG, only the parts we use are bundled). A chart is never the only way to
 * read its figures: every chart stands beside a DataTable with the same numbers, and carries a short
 * text summary as its accessible name.
 */
export function Chart({ option, summary, height = 280 }: { option: ChartOption; summary: string; height?: number }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = echarts.init(element.current!, undefined, { renderer: 'svg', locale: 'EN' });
    chart.setOption({ animation: false, textStyle: { fontFamily: 'inherit' }, ...option });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option]);
  return (
    <figure className="chart">
      <div ref={element} role="img" aria-label={summary} style={{ height }} />
      <figcaption>{summary}</figcaption>
    </figure>
  );
}
