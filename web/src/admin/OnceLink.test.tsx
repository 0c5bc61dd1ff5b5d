// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WEB_ADMIN_EN as a } from '../../../src/i18n/web-admin.en';
import { OnceLink } from './OnceLink';

const props = {
  heading: 'h2' as const,
  title: 'Reset link',
  label: 'Link for Dr Ada',
  once: 'Shown once',
  closeLabel: 'Close',
  onClose: () => undefined,
};

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('a link shown once', () => {
  test('says it was copied, and a new link replacing it is not said to be copied', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const { rerender } = render(<OnceLink {...props} url="https://tonus.test/reset?token=one" />);
    await user.click(screen.getByRole('button', { name: a.copy }));
    expect(writeText).toHaveBeenCalledWith('https://tonus.test/reset?token=one');
    await waitFor(() => {
      expect(screen.getByRole('status').textContent).toBe(a.copied);
    });
    rerender(<OnceLink {...props} url="https://tonus.test/reset?token=two" />);
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
