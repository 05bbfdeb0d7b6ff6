// Taro's component typings omit some ARIA/DOM attributes that H5 passes through to the element.
// Spreading them from here keeps that cast in one place.

/** A View that acts as a button: named by its text, reachable by keyboard on H5. */
export function buttonProps(disabled = false): object {
  return { role: 'button', tabIndex: 0, 'aria-disabled': disabled }
}

/** One tab of a tab list, reachable by keyboard. */
export function tabProps(selected: boolean): object {
  return { role: 'tab', 'aria-selected': selected, tabIndex: 0 }
}

/** A scrollable region keyboard users can focus and scroll. */
export function regionProps(label: string): object {
  return { role: 'region', 'aria-label': label, tabIndex: 0 }
}

/** An element script may move focus to (an error message), without adding it to the Tab order. */
export function focusTargetProps(): object {
  return { tabIndex: -1 }
}
