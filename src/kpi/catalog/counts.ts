import { plainCount } from './define.js';

/** PR, events and community: plain counts, shown as values with trend and goal. */
export const counts = [
  plainCount('press-mentions'),
  plainCount('campaign-backlinks'),
  plainCount('launch-day-traffic'),
  plainCount('event-attendees'),
  plainCount('new-leads'),
  plainCount('new-members'),
  plainCount('active-members'),
  plainCount('post-views'),
];
