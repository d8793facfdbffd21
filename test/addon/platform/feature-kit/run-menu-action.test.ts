// A menu action's failure becomes an alert in the user's language; a success gives its result.

import { describe, expect, it } from 'vitest';
import { createFakeWorld } from '../../../../fakes/fake-services';
import { runMenuAction } from '../../../../src/addon/platform/feature-kit/run-menu-action';
import { InputError } from '../../../../src/core/input-error';

describe('runMenuAction', () => {
  it('turns a failing action into an alert in the user’s language', () => {
    const world = createFakeWorld({ userLocale: 'zh_CN' });
    const result = runMenuAction(world.services, () => {
      throw new InputError('negative', { arg: 'stock', value: -1 });
    });
    expect(result).toBeUndefined();
    expect(world.ui.ui.alerts).toEqual(['断货应对手册未能完成操作：stock 不能为负数，当前为 -1']);
    expect(runMenuAction(world.services, () => 7)).toBe(7);
  });
});
