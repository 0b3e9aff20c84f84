import { feed } from '../../data/feed';

export const GET = () => feed('en');
