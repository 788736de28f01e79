/** Length limits for passwords people choose (NIST SP 800-63B: length over composition rules). */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
