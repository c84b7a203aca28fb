// The dashboard's own words: its heading and how a round is named. The rest of its text is the
// owning commands' (render/<command>/*-layout.ts).
import type { DashboardModel } from '../../summarise/dashboard/dashboard-model.js';

export const dashboardHeading = (m: DashboardModel) => `Performance dashboard: ${m.force}`;

export const roundName = (round: string | null) => round ?? '(no round named)';
