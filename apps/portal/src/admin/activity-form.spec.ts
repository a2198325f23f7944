import { activityBody, activityFormOf, checkActivity, emptyActivity } from './activity-form.js';

const t = (da: string) => da;
const org = '00000000-0000-4000-8000-000000000101';
const goal = '00000000-0000-4000-8000-00000000000a';

describe('the activity form', () => {
  it('registers with the member; a change leaves the member out, and empty dates are null', () => {
    const form = { ...emptyActivity(org, [goal]), title: ' Lektiecaféer ', startDate: '2026-02-01' };
    expect(activityBody(form, false)).toEqual({
      organisationId: org,
      title: 'Lektiecaféer',
      description: '',
      goalIds: [goal],
      status: 'planned',
      startDate: '2026-02-01',
      endDate: null,
    });
    expect(activityBody(form, true)).not.toHaveProperty('organisationId');
  });

  it('asks for the member, a title and a goal when sent, and refuses an end before the start', () => {
    expect(checkActivity(emptyActivity(''), t)).toEqual({});
    expect(Object.keys(checkActivity(emptyActivity(''), t, true)).sort()).toEqual([
      '/goalIds',
      '/organisationId',
      '/title',
    ]);
    const dates = { ...emptyActivity(org, [goal]), startDate: '2026-03-01', endDate: '2026-02-01' };
    expect(Object.keys(checkActivity(dates, t))).toEqual(['/endDate']);
  });

  it('reads an activity back into the form', () => {
    const form = activityFormOf({
      id: 'a',
      programmeId: 'p',
      organisationId: org,
      title: 'T',
      description: 'D',
      goalIds: [goal],
      status: 'ongoing',
      startDate: null,
      endDate: '2026-12-31',
    });
    expect(form).toEqual({
      organisationId: org,
      title: 'T',
      description: 'D',
      goalIds: [goal],
      status: 'ongoing',
      startDate: '',
      endDate: '2026-12-31',
    });
  });
});
