// Not part of the app: mistakes the JSX types must catch. `tsc` fails on any `@ts-expect-error` that has no error
// under it, so if the types stopped checking (the file not included, an element typed `any`), the check fails.
// Right uses sit next to the wrong ones so that the file also fails when a right use stops compiling.
import { useRef } from 'react';
import type { EduErrorEvent, EduQuizCompleteEvent, EduSelectEvent, EduTimeline } from 'edu-timeline';

const lesson = { title: 'A lesson', events: [] };

export function RightUses() {
  const timeline = useRef<EduTimeline>(null);
  return (
    <>
      <edu-timeline
        ref={timeline}
        class="wide"
        data={lesson}
        layout="vertical"
        headingLevel={3}
        heading-level={3}
        hideTitle
        hide-sources
        onedu-select={(event: EduSelectEvent) => timeline.current?.show(event.detail.id)}
        onedu-error={(event) => event.detail.fatal}
        onClick={() => timeline.current?.fit()}
      >
        <edu-event date="2022-11" end-date="2023" tags="ttp">
          <h3>The TTP ends its ceasefire</h3>
        </edu-event>
      </edu-timeline>
      <edu-stat-card value="1524" label="violence-related deaths" change={false} />
      <edu-stat-grid src="lesson.json" for="timeline" onedu-load={(event) => event.detail.lesson.stats} />
      <edu-quiz
        data={lesson}
        orderCount={4}
        onedu-quiz-complete={(event: EduQuizCompleteEvent) => event.detail.score}
      />
      <edu-lesson data={lesson} print-answers onedu-select={(event) => event.detail.event.title} />
      <edu-glossary data={lesson} heading="Words" />
    </>
  );
}

export function WrongUses() {
  const div = useRef<HTMLDivElement>(null);
  return (
    <>
      {/* @ts-expect-error: an attribute the element does not have */}
      <edu-timeline colour="red" />
      {/* @ts-expect-error: layout is auto, horizontal or vertical */}
      <edu-timeline layout="diagonal" />
      {/* @ts-expect-error: the quiz's mode is all, order or choice */}
      <edu-quiz mode="everything" />
      {/* @ts-expect-error: a theme is light or dark */}
      <edu-lesson theme="blue" />
      {/* @ts-expect-error: headingLevel is a number */}
      <edu-timeline headingLevel="three" />
      {/* @ts-expect-error: heading-level is a number too */}
      <edu-timeline heading-level="3" />
      {/* @ts-expect-error: hideTitle is a boolean */}
      <edu-timeline hideTitle="yes" />
      {/* @ts-expect-error: src is a string */}
      <edu-timeline src={42} />
      {/* @ts-expect-error: an edu-select listener gets an EduSelectEvent, not an EduErrorEvent */}
      <edu-timeline onedu-select={(event: EduErrorEvent) => event.detail.fatal} />
      {/* @ts-expect-error: an edu-select listener gets an EduSelectEvent, not a mouse event */}
      <edu-timeline onedu-select={(event: MouseEvent) => event.clientX} />
      {/* @ts-expect-error: the detail of edu-error has no id */}
      <edu-timeline onedu-error={(event) => event.detail.id} />
      {/* @ts-expect-error: a ref to a <div> is not a ref to the timeline */}
      <edu-timeline ref={div} />
      {/* @ts-expect-error: <edu-stat-card> has no data property (it takes `stat`) */}
      <edu-stat-card data={lesson} />
      {/* @ts-expect-error: the `lesson` property is read-only */}
      <edu-timeline lesson={null} />
      {/* @ts-expect-error: an element that does not exist */}
      <edu-timelines />
    </>
  );
}
