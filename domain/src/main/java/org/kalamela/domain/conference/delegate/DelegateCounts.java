package org.kalamela.domain.conference.delegate;

/**
 * What {@link DelegateRules} decides on, read under the district's lock: the district's delegates of the
 * kind being added, and whether the member is already a delegate of the conference (of any district or kind).
 */
public record DelegateCounts(int registeredOfKind, boolean alreadyDelegate) {

    public DelegateCounts {
        if (registeredOfKind < 0) {
            throw new IllegalArgumentException("a count is 0 or more: " + registeredOfKind);
        }
    }
}
