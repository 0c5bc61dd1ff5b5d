/// <reference lib="dom" />
/**
 * @module The admin in Chromium against a real server: the demo admin signs in to the users with each
 * clinician's patients (no link into a patient's record, and the clinician screens send them back), invites a clinician (an email already taken is
 * refused beside the email field; the link is shown once), the invitee opens the link in a fresh browser,
 * sets a password and sees their patient list, the admin assigns them a patient and the invitee sees it, then
 * the admin ends that access (confirmed first) and the invitee no longer sees the patient; an invitation sent
 * to a wrong address is listed as pending and revoked (confirmed first), and its link is then refused; the
 * admin disables the demo clinician (confirmed first), whose open browser is signed out on its next request
 * and whose password no longer signs in, enables them again and makes them a reset link with which they set
 * a new password in a fresh browser and sign in; axe (WCAG 2.2 AA) on every new page and state at 390 px and
 * 1280 px with zero violations, and screenshots; at 390 px no page is wider than the screen and no control
 * (the confirmations' buttons among them) is past its edge or past the edge of a region scrolled sideways.
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  axeViolations,
  DEMO,
  launch,
  narrowOverflow,
  newPage,
  screenshots,
  serve,
  signIn,
  type Served,
} from './harness.js';

/** The "Patients assigned" cell among a user's row's cells (after the email, role and patient record). */
const PATIENTS_ASSIGNED = 3;

/** The names of the patients in a user's "Patients assigned" cell (the buttons beside them left out). */
async function assignedNames(cell: Locator): Promise<string> {
  return (await cell.locator('li > span').allTextContents()).join(', ');
}

let served: Served | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  [served, browser] = await Promise.all([serve('admin'), launch()]);
});
afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

describe('the admin in Chromium', () => {
  test('signs in to the users, invites a clinician who accepts in a fresh browser and sees their patients, and assigns them one', async () => {
    const admin = await newPage(browser!, served!.base);
    const page = admin.page;
    await signIn(page, DEMO.admin);
    await page.waitForURL(/\/admin$/);
    const users = page.getByRole('table', { name: 'Every user of the clinic' });
    await users.waitFor();
    for (const email of [DEMO.admin.email, DEMO.clinician.email, DEMO.patient.email]) {
      await users.getByRole('cell', { name: email }).waitFor();
    }
    // the demo clinician's two patients, by name
    expect(
      await assignedNames(
        users
          .getByRole('row', { name: /^Dr Demo Clinician/ })
          .locator('td')
          .nth(PATIENTS_ASSIGNED),
      ),
    ).toBe('Ada Demo, Ben Demo');
    // an admin reads no clinical record: nothing links to one, and the clinician screens send them back
    expect(await page.locator('a[href*="patients"]').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Patients' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(await narrowOverflow(page)).toEqual([]);
    await screenshots(page, 'admin-users');
    await page.goto('/clinician');
    await page.waitForURL(/\/admin$/);
    await users.waitFor();

    // an email that has an account already is refused beside the email field
    await page.getByRole('link', { name: 'Invite' }).click();
    await page.getByRole('heading', { name: 'Invite a clinician or an administrator' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await narrowOverflow(page)).toEqual([]);
    await screenshots(page, 'admin-invite');
    await page.getByLabel('Email').fill(DEMO.clinician.email);
    await page.getByLabel('Name').fill('Dr Taken');
    await page.getByRole('button', { name: 'Create the invitation' }).click();
    const email = page.getByLabel('Email');
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    const problemId = (await email.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${problemId}"]`).textContent()).toBe(
      'Email: an account with this email already exists.',
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(await narrowOverflow(page)).toEqual([]);
    await screenshots(page, 'admin-invite-refused');

    await email.fill('new.clinician@demo.tonus.invalid');
    await page.getByLabel('Name').fill('Dr New');
    await page.getByRole('button', { name: 'Create the invitation' }).click();
    const linkField = page.getByLabel('The invitation link for new.clinician@demo.tonus.invalid:');
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link.startsWith(`${served!.base}/accept-invite?token=`)).toBe(true);
    expect(await page.getByText('This link is shown only once').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(await narrowOverflow(page)).toEqual([]);
    await screenshots(page, 'admin-invite-link');

    // the invitee, in a browser of their own, sets a password and sees their (empty) patient list
    const invitee = await newPage(browser!, served!.base);
    await invitee.page.goto(link);
    await invitee.page.getByRole('heading', { name: 'Accept your invitation' }).waitFor();
    expect(await axeViolations(invitee.page)).toEqual([]);
    expect(await narrowOverflow(invitee.page)).toEqual([]);
    await screenshots(invitee.page, 'accept-invite');
    await invitee.page.getByLabel('Password', { exact: true }).fill('tulips in the morning rain');
    await invitee.page.getByLabel('Password again').fill('tulips in the morning rain');
    await invitee.page.getByRole('button', { name: 'Set the password and sign in' }).click();
    await invitee.page.waitForURL(/\/clinician$/);
    await invitee.page.getByRole('heading', { name: 'Your patients' }).waitFor();
    await invitee.page.getByText('No patients are assigned to you yet.').waitFor();

    // the same link a second time is refused, in words
    const again = await newPage(browser!, served!.base);
    await again.page.goto(link);
    await again.page.getByLabel('Password', { exact: true }).fill('another long password');
    await again.page.getByLabel('Password again').fill('another long password');
    await again.page.getByRole('button', { name: 'Set the password and sign in' }).click();
    await again.page
      .getByRole('alert')
      .getByText('This invitation is unknown, already used or expired.', { exact: false })
      .waitFor();
    expect(await axeViolations(again.page)).toEqual([]);
    expect(await narrowOverflow(again.page)).toEqual([]);
    await again.context.close();

    // the admin assigns a demo patient to the new clinician, who then sees them
    await page.getByRole('link', { name: 'Users' }).click();
    await users.getByRole('cell', { name: 'new.clinician@demo.tonus.invalid' }).waitFor();
    await page
      .getByRole('combobox', { name: 'Clinician', exact: true })
      .selectOption({ label: 'Dr New (new.clinician@demo.tonus.invalid)' });
    await page
      .getByRole('combobox', { name: 'Patient', exact: true })
      .selectOption({ label: `Ada Demo (${DEMO.patient.email})` });
    await page.getByRole('button', { name: 'Assign' }).click();
    await page.getByRole('status').getByText('Ada Demo is now assigned to Dr New.').waitFor();
    expect(
      await assignedNames(
        users
          .getByRole('row', { name: /^Dr New/ })
          .locator('td')
          .nth(PATIENTS_ASSIGNED),
      ),
    ).toBe('Ada Demo');
    expect(await axeViolations(page)).toEqual([]);
    expect(await narrowOverflow(page)).toEqual([]);
    await screenshots(page, 'admin-assigned');

    await invitee.page.reload();
    await invitee.page.getByRole('link', { name: 'Ada Demo' }).waitFor();

    // the admin ends that access, confirming first; the invitee no longer sees the patient
    await page.getByRole('button', { name: 'End access: Dr New to Ada Demo' }).click();
    const question = page.getByRole('group', {
      name: /^End Dr New’s access to the record of Ada Demo\?/,
    });
    await question.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await narrowOverflow(page)).toEqual([]);
    await screenshots(page, 'admin-end-access-confirm');
    await question.getByRole('button', { name: 'Yes, end access' }).click();
    await page
      .getByRole('status')
      .getByText('Dr New no longer has access to the record of Ada Demo.')
      .waitFor();
    expect(
      await users
        .getByRole('row', { name: /^Dr New/ })
        .locator('td')
        .nth(PATIENTS_ASSIGNED)
        .textContent(),
    ).toBe('none yet');
    expect(await axeViolations(page)).toEqual([]);
    expect(await narrowOverflow(page)).toEqual([]);
    await invitee.page.reload();
    await invitee.page.getByText('No patients are assigned to you yet.').waitFor();
    expect(await invitee.page.getByRole('link', { name: 'Ada Demo' }).count()).toBe(0);

    await invitee.context.close();

    // an invitation sent to a wrong address is listed as pending and revoked; its link is then refused
    await page.getByRole('link', { name: 'Invite' }).click();
    await page.getByLabel('Email').fill('wrong.address@demo.tonus.invalid');
    await page.getByLabel('Name').fill('Dr Wrong');
    await page.getByRole('button', { name: 'Create the invitation' }).click();
    const wrongField = page.getByLabel('The invitation link for wrong.address@demo.tonus.invalid:');
    await wrongField.waitFor();
    const wrongLink = await wrongField.inputValue();
    await page.getByRole('button', { name: 'Invite somebody else' }).click();
    const pending = page.getByRole('table', { name: 'Invitations not yet accepted' });
    await pending
      .getByRole('cell', { name: 'wrong.address@demo.tonus.invalid', exact: true })
      .waitFor();
    // the accepted invitation is not pending any more
    expect(await pending.getByText('new.clinician@demo.tonus.invalid').count()).toBe(0);
    expect(await page.content()).not.toContain(wrongLink.split('token=')[1] ?? wrongLink);
    expect(await axeViolations(page)).toEqual([]);
    expect(await narrowOverflow(page)).toEqual([]);
    await screenshots(page, 'admin-pending-invitations');
    await page
      .getByRole('button', {
        name: 'Revoke the invitation of Dr Wrong (wrong.address@demo.tonus.invalid)',
      })
      .click();
    await page.getByRole('button', { name: 'Yes, revoke' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await narrowOverflow(page)).toEqual([]);
    await page.getByRole('button', { name: 'Yes, revoke' }).click();
    await page
      .getByRole('status')
      .getByText('The invitation of Dr Wrong (wrong.address@demo.tonus.invalid) is revoked', {
        exact: false,
      })
      .waitFor();
    await page.getByText('There are no pending invitations.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await narrowOverflow(page)).toEqual([]);
    const wrong = await newPage(browser!, served!.base);
    await wrong.page.goto(wrongLink);
    await wrong.page.getByLabel('Password', { exact: true }).fill('another long password');
    await wrong.page.getByLabel('Password again').fill('another long password');
    await wrong.page.getByRole('button', { name: 'Set the password and sign in' }).click();
    await wrong.page
      .getByRole('alert')
      .getByText('This invitation is unknown, already used or expired.', { exact: false })
      .waitFor();
    await wrong.context.close();
    await admin.context.close();
  }, 300_000);

  test('disables a clinician, whose open browser is signed out on its next request, then enables them and hands them a reset link', async () => {
    const admin = await newPage(browser!, served!.base);
    const page = admin.page;
    await signIn(page, DEMO.admin);
    await page.waitForURL(/\/admin$/);
    const users = page.getByRole('table', { name: 'Every user of the clinic' });
    await users.waitFor();
    const clinician = await newPage(browser!, served!.base);
    await signIn(clinician.page, DEMO.clinician);
    await clinician.page.waitForURL(/\/clinician$/);

    await page.getByRole('button', { name: 'Disable the account of Dr Demo Clinician' }).click();
    const disable = page.getByRole('group', {
      name: /^Disable the account of Dr Demo Clinician\?/,
    });
    await disable.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshots(page, 'admin-disable-confirm');
    await disable.getByRole('button', { name: 'Yes, disable' }).click();
    await page
      .getByRole('status')
      .getByText('The account of Dr Demo Clinician is disabled: it is signed out everywhere.')
      .waitFor();
    await page.getByRole('button', { name: 'Enable the account of Dr Demo Clinician' }).waitFor();
    // a disabled clinician is no choice for a new assignment
    expect(
      await page
        .getByRole('combobox', { name: 'Clinician', exact: true })
        .locator('option', { hasText: 'Dr Demo Clinician' })
        .count(),
    ).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshots(page, 'admin-disabled');

    // the clinician's open browser: its next request is refused and the page is signed out
    await clinician.page.getByRole('link', { name: 'Change password' }).click();
    await clinician.page.getByRole('heading', { name: 'Change your password' }).waitFor();
    await clinician.page.getByLabel('Current password').fill(DEMO.clinician.password);
    await clinician.page.getByLabel('New password', { exact: true }).fill('harbour lights at dusk');
    await clinician.page.getByLabel('New password again').fill('harbour lights at dusk');
    await clinician.page.getByRole('button', { name: 'Change the password' }).click();
    await clinician.page
      .getByRole('link', { name: 'Sign in first to change your password.' })
      .waitFor();
    await clinician.page.getByRole('navigation').getByRole('link', { name: 'Sign in' }).waitFor();
    // the right password of a disabled account is refused in the words of a wrong one
    await clinician.page.goto('/sign-in');
    await clinician.page.getByLabel('Email').fill(DEMO.clinician.email);
    await clinician.page.getByLabel('Password').fill(DEMO.clinician.password);
    await clinician.page.getByRole('button', { name: 'Sign in' }).click();
    await clinician.page
      .getByRole('alert')
      .getByText('The email or the password is not right.')
      .waitFor();
    await clinician.context.close();

    // enabled again, the clinician gets a reset link (shown once) and sets a new password with it
    await page.getByRole('button', { name: 'Enable the account of Dr Demo Clinician' }).click();
    await page.getByRole('button', { name: 'Yes, enable' }).click();
    await page
      .getByRole('status')
      .getByText('The account of Dr Demo Clinician is enabled again.')
      .waitFor();
    await page
      .getByRole('button', { name: 'Reset link: a new password-reset link for Dr Demo Clinician' })
      .click();
    const resetField = page.getByLabel(`The password-reset link for ${DEMO.clinician.email}:`);
    await resetField.waitFor();
    const resetLink = await resetField.inputValue();
    expect(resetLink.startsWith(`${served!.base}/reset-password?token=`)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshots(page, 'admin-reset-link');
    await page.getByRole('button', { name: 'Done' }).click();
    const holder = await newPage(browser!, served!.base);
    await holder.page.goto(resetLink);
    await holder.page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    expect(await axeViolations(holder.page)).toEqual([]);
    await screenshots(holder.page, 'reset-password');
    await holder.page.getByLabel('New password', { exact: true }).fill('harbour lights at dusk');
    await holder.page.getByLabel('New password again').fill('harbour lights at dusk');
    await holder.page.getByRole('button', { name: 'Set the new password' }).click();
    await holder.page.getByText('Your new password is set. Sign in with it.').waitFor();
    expect(await axeViolations(holder.page)).toEqual([]);
    await signIn(holder.page, { email: DEMO.clinician.email, password: 'harbour lights at dusk' });
    await holder.page.waitForURL(/\/clinician$/);
    await holder.context.close();
    await admin.context.close();
  }, 300_000);
});
