import { describe, expect, it } from 'vitest';
import { mayCompleteTask, rebuiltAssignee, taskAssigneeColumns, taskRecipient } from './task-rows.ts';

const coordinator = { id: 'c1', role: 'coordinator' };
const nurse = { id: 'n1', role: 'professional' };

describe('taskAssigneeColumns', () => {
  it('maps a profession to its pool of professionals', () => {
    expect(taskAssigneeColumns({ profession: 'IDE' })).toEqual({
      assigneeProfession: 'IDE',
      assigneeRole: 'professional',
      assigneeUserId: null,
      assigneePoolKey: null,
      assigneeCommuneCode: null,
    });
  });

  it('keeps the commune of a profession pool restricted to those covering it', () => {
    expect(taskAssigneeColumns({ profession: 'IDE', communeCode: '44069' })).toMatchObject({
      assigneeProfession: 'IDE',
      assigneeCommuneCode: '44069',
      assigneeRole: 'professional',
    });
  });

  it('maps a named pool to its key, for professionals', () => {
    expect(taskAssigneeColumns({ pool: 'ide-referente' })).toEqual({
      assigneeProfession: null,
      assigneeRole: 'professional',
      assigneeUserId: null,
      assigneePoolKey: 'ide-referente',
      assigneeCommuneCode: null,
    });
  });

  it('maps a role to that role only', () => {
    expect(taskAssigneeColumns({ role: 'coordinator' })).toEqual({
      assigneeProfession: null,
      assigneeRole: 'coordinator',
      assigneeUserId: null,
      assigneePoolKey: null,
      assigneeCommuneCode: null,
    });
  });

  it('maps a named user to that professional, dropping the previous pool', () => {
    expect(taskAssigneeColumns({ userId: 'n1' })).toEqual({
      assigneeProfession: null,
      assigneeRole: 'professional',
      assigneeUserId: 'n1',
      assigneePoolKey: null,
      assigneeCommuneCode: null,
    });
  });
});

describe('mayCompleteTask', () => {
  it('lets professionals, not coordinators, complete a profession task', () => {
    const row = taskAssigneeColumns({ profession: 'IDE' });
    expect(mayCompleteTask(row, nurse)).toBe(true);
    expect(mayCompleteTask(row, coordinator)).toBe(false);
  });

  it('lets coordinators complete the coordination’s tasks', () => {
    const row = taskAssigneeColumns({ role: 'coordinator' });
    expect(mayCompleteTask(row, coordinator)).toBe(true);
    expect(mayCompleteTask(row, nurse)).toBe(false);
  });

  it('treats a task reassigned to a professional like a profession task, whatever it was before', () => {
    const row = taskAssigneeColumns({ userId: 'n1' });
    expect(mayCompleteTask(row, nurse)).toBe(true);
    expect(mayCompleteTask(row, coordinator)).toBe(false);
  });
});

describe('taskRecipient', () => {
  it('sends to the pool and the claimer of a claimed task, to the role of a role task', () => {
    expect(taskRecipient({ ...taskAssigneeColumns({ profession: 'IDE' }), assigneeUserId: 'n1' })).toEqual({
      profession: 'IDE',
      userId: 'n1',
    });
    expect(taskRecipient(taskAssigneeColumns({ role: 'coordinator' }))).toEqual({ role: 'coordinator' });
    expect(taskRecipient(taskAssigneeColumns({ userId: 'n1' }))).toEqual({ userId: 'n1' });
  });
});

describe('rebuiltAssignee', () => {
  const claimedAt = new Date('2026-12-01T10:00:00Z');
  const claimed = { ...taskAssigneeColumns({ profession: 'IDE' }), assigneeUserId: 'n1', claimedAt };

  it('keeps a claim on the same pool', () => {
    expect(rebuiltAssignee({ profession: 'IDE' }, claimed)).toEqual({ ...claimed });
  });

  it('drops a claim when the workflow has the task for another pool or a named user', () => {
    expect(rebuiltAssignee({ profession: 'MG' }, claimed)).toEqual({
      ...taskAssigneeColumns({ profession: 'MG' }),
      claimedAt: null,
    });
    expect(rebuiltAssignee({ userId: 'n2' }, claimed)).toEqual({
      ...taskAssigneeColumns({ userId: 'n2' }),
      claimedAt: null,
    });
  });

  it('writes the pool of a task nobody claimed', () => {
    expect(rebuiltAssignee({ profession: 'IDE' }, null)).toEqual({
      ...taskAssigneeColumns({ profession: 'IDE' }),
      claimedAt: null,
    });
  });
});
