// How the platform applies a change to the page's nodes.
//
// In a browser, moving a node is a cheap DOM operation. In a mini program, Taro's runtime turns every
// insertBefore/removeChild into a setData that resends the parent's whole child list (every child with its
// subtree), so a list that should stay cheap must never move or remove children while it scrolls.

/** Whether reordering a parent's children is cheap (H5) rather than a resend of all of them (mini programs). */
export const childMovesAreCheap = process.env.TARO_ENV === 'h5'
