import '../interview.css';

/**
 * What a candidate or watcher link opens once the interviewer has ended the interview: this page,
 * in place of the studio, so the design is never shown from that link again.
 */
export function InterviewEndedPage() {
  return (
    <main className="interview-ended" aria-label="Interview ended">
      <h1>This interview has ended</h1>
      <p>The interviewer closed this interview, so its link no longer opens the design. Ask the interviewer if you need a copy.</p>
      <p>
        <a href={location.pathname}>Open the studio</a>
      </p>
    </main>
  );
}
