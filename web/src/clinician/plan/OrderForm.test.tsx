// @vitest-environment happy-dom
/**
 * @module The prescription order form in a DOM: the order check runs on every input and shows each broken rule
 * beside the order with its severity in words, the rule and its sources; a hard stop keeps the order from
 * being saved until an override reason of at least 10 characters is typed (a shorter one is told so in words,
 * with its length), and that reason is what is sent; a saved order is said to be saved over the hard stop with
 * its reason, and the form is locked (one order per save) until a new order is started.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { OrderContext } from '../../../../src/domain/orders/index';
import { draftFor } from './order-draft';
import { OrderForm } from './OrderForm';

const ON_CIPROFLOXACIN: OrderContext = {
  ageYears: 50,
  conditions: [],
  medications: ['ciprofloxacin'],
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The form as the plan builder opens it, on the planner's starting order for `drug`. */
function renderOrder(drug: 'tizanidine' | 'baclofen', base: OrderContext = ON_CIPROFLOXACIN): void {
  render(<OrderForm patientId="p1" base={base} initial={draftFor(drug, '2026-11-30')} />);
}

const HEALTHY: OrderContext = { ageYears: 40, conditions: [], medications: [] };

const check = (): HTMLElement => screen.getByTestId('order-check');

interface Sent {
  readonly body: unknown;
  readonly key: string;
}

/** The server is outside the component: a stand-in for the order endpoint, answering as the real one does. */
function stubOrders(answer: { check: unknown; overrideReason: string | null }): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((_url: string, init: RequestInit) => {
      sent.push({
        body: JSON.parse(init.body as string),
        key: (init.headers as Record<string, string>)['idempotency-key'] ?? '',
      });
      return Promise.resolve(
        new Response(JSON.stringify(answer), {
          status: 201,
          headers: { 'content-type': 'application/json' },
        }),
      );
    }),
  );
  return sent;
}
const save = (): HTMLButtonElement => screen.getByRole('button', { name: 'Save the order' });

describe('a prescription order with its check inline', () => {
  test('starting tizanidine with ciprofloxacin on the list is a hard stop, named with its rule and source, and blocks saving', () => {
    renderOrder('tizanidine');
    expect(check().dataset.blocked).toBe('true');
    const stop = within(check())
      .getByText(/OC-TIZ-CYP1A2/)
      .closest('li');
    expect(stop?.dataset.severity).toBe('hard_stop');
    expect(stop?.textContent).toMatch(/^⛔ Hard stop:/);
    expect(stop?.textContent).toContain('sources D3; V');
    expect(save().disabled).toBe(true);
  });

  test('the same patient on baclofen has no hard stop, so the order can be saved without a reason', async () => {
    const user = userEvent.setup();
    renderOrder('tizanidine');
    await user.selectOptions(screen.getByLabelText('Drug'), 'baclofen');
    expect(check().dataset.blocked).toBe('false');
    expect(screen.queryByLabelText(/Reason to override/)).toBeNull();
    expect(save().disabled).toBe(false);
  });

  test('a dose over ten times the labelled maximum turns the check into a hard stop as it is typed', async () => {
    const user = userEvent.setup();
    renderOrder('baclofen', HEALTHY);
    expect(check().dataset.blocked).toBe('false');
    const dose = screen.getByLabelText('Dose per administration');
    await user.clear(dose);
    await user.type(dose, '500');
    expect(check().dataset.blocked).toBe('true');
    expect(within(check()).getByText(/OC-DOSE-IMPLAUSIBLE/)).toBeTruthy();
  });

  test('an order that cannot be checked says which field breaks which rule, and cannot be saved', async () => {
    const user = userEvent.setup();
    renderOrder('baclofen', HEALTHY);
    await user.clear(screen.getByLabelText('Dose per administration'));
    expect(check().textContent).toContain('order.dose');
    expect(save().disabled).toBe(true);
  });

  test('a hard stop is saved only with a reason of at least 10 characters, and the reason is sent as overrideReason', async () => {
    const user = userEvent.setup();
    const sent = stubOrders({
      check: { blocked: true, findings: [] },
      overrideReason: 'Specialist advice documented in the notes',
    });
    renderOrder('tizanidine');
    const reason = screen.getByLabelText(/Reason to override/);
    await user.type(reason, 'too short');
    expect(save().disabled).toBe(true);
    expect(screen.getByText('Give a reason of at least 10 characters (9 so far).')).toBeTruthy();
    await user.clear(reason);
    await user.type(reason, 'Specialist advice documented in the notes');
    expect(save().disabled).toBe(false);
    await user.click(save());
    await screen.findByText('Order saved. The server’s own check:');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toMatchObject({
      order: { drug: 'tizanidine', action: 'start' },
      patient: { medications: ['ciprofloxacin'] },
      overrideReason: 'Specialist advice documented in the notes',
    });
  });

  test('a reason too short says so in words with its length, never the field path nor "got nothing"', async () => {
    const user = userEvent.setup();
    renderOrder('tizanidine');
    const reason = screen.getByLabelText(/Reason to override/);
    await user.type(reason, 'ok');
    const hint = screen.getByText('Give a reason of at least 10 characters (2 so far).');
    expect(hint.className).toBe('error');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('order-form').textContent).not.toMatch(/overrideReason|got nothing/);
    // spaces around the reason are not counted: the server trims them too
    await user.type(reason, '   ');
    expect(screen.getByText('Give a reason of at least 10 characters (2 so far).')).toBeTruthy();
    expect(save().disabled).toBe(true);
  });

  test('a saved order that overrode a hard stop says it was saved over the hard stop, with the reason, not that it cannot be saved', async () => {
    const user = userEvent.setup();
    const why = 'Specialist advice documented in the notes';
    stubOrders({
      check: {
        blocked: true,
        findings: [
          {
            rule: 'OC-TIZ-CYP1A2',
            severity: 'hard_stop',
            message: 'Tizanidine with ciprofloxacin',
            sourceIds: ['D3'],
            status: 'V',
          },
        ],
      },
      overrideReason: why,
    });
    renderOrder('tizanidine');
    await user.type(screen.getByLabelText(/Reason to override/), why);
    await user.click(save());
    const server = await screen.findByTestId('order-server-check');
    expect(server.textContent).toContain(`Saved over a hard stop. Override reason: ${why}`);
    expect(server.textContent).not.toContain('cannot be saved');
    // the rule that was overridden is still named beside the order
    expect(within(server).getByText(/OC-TIZ-CYP1A2/)).toBeTruthy();
  });

  test('two clicks on save send one order; the form stays locked until a new order is started', async () => {
    const user = userEvent.setup();
    const sent = stubOrders({ check: { blocked: false, findings: [] }, overrideReason: null });
    renderOrder('baclofen', HEALTHY);
    // two clicks in a row, before the first answer (and before React re-renders between them)
    fireEvent.click(save());
    fireEvent.click(save());
    await screen.findByText('Order saved. The server’s own check:');
    const done = screen.getByRole('button', { name: 'Order saved' });
    expect((done as HTMLButtonElement).disabled).toBe(true);
    await user.click(done);
    expect(sent).toHaveLength(1);
    // the saved order cannot be edited into another order without starting a new one
    const dose = screen.getByLabelText<HTMLInputElement>('Dose per administration');
    expect(dose.closest('fieldset')?.disabled).toBe(true);
    await user.type(dose, '0');
    expect(dose.value).toBe('5');
    await user.click(screen.getByRole('button', { name: 'New order' }));
    expect(screen.queryByTestId('order-server-check')).toBeNull();
    expect(screen.queryByRole('button', { name: 'New order' })).toBeNull();
    expect(dose.closest('fieldset')?.disabled).toBe(false);
    expect(save().disabled).toBe(false);
    await user.click(save());
    await screen.findByRole('button', { name: 'Order saved' });
    expect(sent).toHaveLength(2);
    expect(sent[1]?.key).not.toBe(sent[0]?.key);
  });
});
