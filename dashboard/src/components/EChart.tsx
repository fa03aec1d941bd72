import { useEffect, useRef } from 'react';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, AriaComponent, SVGRenderer]);

/** The ECharts part of Chart, loaded on demand (its own chunk): see Chart.tsx. */
export default function EChart({ option, summary, height }: { option: echarts.EChartsCoreOption; summary: string; height: number }) {
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
