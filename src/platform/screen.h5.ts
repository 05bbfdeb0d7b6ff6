// H5: Taro's title bar (40 px) sits above the router in the same full-height box, and the router kept the box's
// full height, so every page ended 40 px below the screen (its last lines under the tab bar). See screen.h5.scss.
import './screen.h5.scss'

export {}
