"use client";
// The charts load after the page: their figures are already in the
// server-rendered HTML (cards, tables, summaries), so the chart code
// (hand-drawn SVG, sized to its box in the browser) stays out of the page's
// first load and nothing waits for it. Each chart fills a box of fixed height that the server renders, so nothing shifts
// when a chart replaces its placeholder.
import dynamic from "next/dynamic";

import { Skeleton } from "@/components/ui/skeleton";

const loading = () => <Skeleton className="size-full rounded-lg" />;

export const LazyCategoryDonut = dynamic(() => import("./category-donut").then((chart) => chart.CategoryDonut), {
  ssr: false,
  loading,
});

export const LazyMonthlyChart = dynamic(() => import("./monthly-chart").then((chart) => chart.MonthlyChart), {
  ssr: false,
  loading,
});

export const LazyPaceChart = dynamic(() => import("./pace-chart").then((chart) => chart.PaceChart), {
  ssr: false,
  loading,
});
