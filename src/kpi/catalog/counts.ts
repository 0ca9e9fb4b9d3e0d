import { plainCount } from './define.js';

/** PR, events and community: plain counts, shown as values with trend and goal. */
export const counts = [
  plainCount('press-mentions', 'Press mentions', 'Persvermeldingen', 'Press mentions', 'Persvermeldingen'),
  plainCount(
    'campaign-backlinks',
    'Campaign backlinks',
    'Campagnebacklinks',
    'Backlinks from a campaign',
    'Backlinks uit een campagne',
  ),
  plainCount(
    'launch-day-traffic',
    'Launch-day traffic',
    'Verkeer op de lanceerdag',
    'Visitors on launch day',
    'Bezoekers op de lanceerdag',
  ),
  plainCount(
    'event-attendees',
    'Event attendees',
    'Evenementbezoekers',
    'People who attended the event',
    'Mensen die het evenement bezochten',
  ),
  plainCount('new-leads', 'New sales leads', 'Nieuwe saleleads', 'New sales leads', 'Nieuwe saleleads'),
  plainCount('new-members', 'New members', 'Nieuwe leden', 'New community members', 'Nieuwe communityleden'),
  plainCount(
    'active-members',
    '30-day active members',
    'Actieve leden (30 dagen)',
    'Members active in the last 30 days',
    'Leden die de laatste 30 dagen actief waren',
  ),
  plainCount(
    'post-views',
    'Total post views',
    'Totaal aantal postweergaven',
    'Views of and interactions with all posts',
    'Weergaven van en interacties met alle posts',
  ),
];
