/**
 * Appeals against published results: filing (publicly with the member's phone, or by the district's official),
 * the fee through the shared payments (purpose {@code APPEAL_FEE}), the admin's confirmation and decision, the
 * lists and the decision letter. Depends on {@code query}, {@code edition} and the festival's domain; the
 * revision of marks and the republication it leads to are judging's and result's use cases.
 */
package org.kalamela.application.festival.appeal;
