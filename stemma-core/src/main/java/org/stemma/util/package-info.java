/**
 * Small algorithms over int arrays that several stages share: disjoint sets whose roots are least members,
 * and the lower-bound search. Pure functions, no state of their own.
 */
package org.stemma.util;
