/**
 * Practice prompts: the questions the seed guides call the most common in ML system design
 * interviews (s000's three problems, s001 §11, s002's ten). Each brief says what the
 * interviewer would open with, never the answer; `reference` names the reference design in
 * templates/ that the review compares against, where one exists.
 */
export interface PracticePrompt {
  id: string;
  title: string;
  /** What the interviewer says first: product, goal, a constraint or two. */
  brief: string;
  /** Template id (templates/<id>.json) of the reference design, if there is one. */
  reference?: string;
  /** Where the question comes from. */
  source: string;
}

export const PROMPTS: readonly PracticePrompt[] = [
  {
    id: 'news-feed',
    title: 'News feed',
    brief:
      'Design the ranking of a social news feed (Facebook, LinkedIn, Twitter). Given a user and their social graph, choose and order the posts they see when they open the app. The goal is long-term satisfaction, not just the next click.',
    reference: 'news-feed-ranking',
    source: 's000 problem 1; s002 question 2',
  },
  {
    id: 'recommendations',
    title: 'Video recommendations',
    brief:
      'Design the recommendations on a video platform home page (YouTube, Netflix). Millions of videos, hundreds of millions of users, new content every minute. Optimise for long-term engagement and retention.',
    reference: 'video-recommendation',
    source: 's000 problem 2; s001 §8; s002 question 1',
  },
  {
    id: 'search',
    title: 'Search ranking',
    brief:
      'Design the ranking of a search engine or product search (Google, Amazon, LinkedIn). A user types a query; return the ten most relevant results from a corpus of hundreds of millions of documents.',
    reference: 'search-ranking',
    source: 's000 problem 3; s002 question 3',
  },
  {
    id: 'ads-ctr',
    title: 'Ad click prediction',
    brief:
      'Design the click-through-rate prediction behind an ads auction. Every page view runs an auction among thousands of eligible ads; the predicted CTR multiplies the bid, so it must be a probability you can trust.',
    reference: 'ads-ctr-prediction',
    source: 's001 §11; s002 question 5',
  },
  {
    id: 'fraud',
    title: 'Fraud detection',
    brief:
      'Design fraud detection for card payments at a large marketplace. Each transaction must be approved or blocked while the customer waits; fraud is rare, fraudsters adapt, and chargebacks arrive weeks later.',
    reference: 'fraud-detection',
    source: 's001 §11; s002 question 6',
  },
  {
    id: 'moderation',
    title: 'Content moderation',
    brief:
      'Design content moderation for a platform at Twitter or YouTube scale: text, images and video, many policy categories (spam, violence, misinformation), some so severe that nothing may slip through.',
    reference: 'content-moderation',
    source: 's001 §11; s002 question 4',
  },
  {
    id: 'spam',
    title: 'Email spam detection',
    brief:
      'Design spam detection for an email provider: about a billion emails a day, classified before they reach the inbox. A legitimate email in the spam folder costs more than a spam in the inbox.',
    reference: 'spam-detection',
    source: 's004 worked example',
  },
  {
    id: 'rtb',
    title: 'Real-time bidding',
    brief:
      'Design the ML of a demand-side platform that bids in real-time ad auctions: millions of auctions per second, each answered within about ten milliseconds, spending advertiser budgets well.',
    reference: 'real-time-bidding',
    source: 's002 question 7',
  },
  {
    id: 'email-send-time',
    title: 'Email send time',
    brief:
      'Design a system that picks, for each user, the best time of day to send a marketing email so that they open it. Tens of millions of users, one send per user per campaign.',
    reference: 'email-send-time',
    source: 's002 question 8; s001 §11 notification system',
  },
  {
    id: 'duplicates',
    title: 'Duplicate listings',
    brief:
      'Design a system that finds duplicate product listings in a marketplace catalogue (Amazon, eBay): the same item listed many times by different sellers with different titles and photos, among hundreds of millions of listings.',
    reference: 'duplicate-listing-detection',
    source: 's002 question 9',
  },
  {
    id: 'anomaly',
    title: 'Anomaly detection',
    brief:
      'Design real-time anomaly detection over infrastructure and business metrics (latency, error rates, orders per minute) that pages the right team without drowning it in false alarms.',
    source: 's002 question 10',
  },
  {
    id: 'similar-items',
    title: 'Similar items',
    brief:
      'Design the "similar items" carousel on a product page: given the item a user is looking at, show ten items like it, including items listed an hour ago.',
    reference: 'similar-items',
    source: 's001 §11',
  },
];

export function getPrompt(id: string | undefined): PracticePrompt | undefined {
  return id ? PROMPTS.find((p) => p.id === id) : undefined;
}
