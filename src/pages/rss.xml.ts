import { feed } from '../data/feed.ts';

export const GET = () => feed('fr');
