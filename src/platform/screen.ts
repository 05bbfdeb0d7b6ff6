// H5 only (screen.h5.ts): page boxes that fit under Taro's title bar. The mini programs size their pages themselves.
export {}
