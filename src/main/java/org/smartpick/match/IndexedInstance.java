package org.smartpick.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Match instance compiled to indices for speed: agents (single applicants, couple members, and supplemental
 * PGY-1 "personas" of applicants matched to advanced programs), programs with capacities, each single agent's
 * rank list with the program's rank of that agent beside each entry, and each couple's list of program pairs.
 */
final class IndexedInstance {
    final List<String> agentIds = new ArrayList<>();
    final List<String> programIds = new ArrayList<>();
    final int[] capacity;
    /** For single agents: rank list of program indices, and the program's rank of the agent (−1: not ranked). */
    final List<int[]> lists = new ArrayList<>();

    final List<int[]> rankAtProgram = new ArrayList<>();
    /** Couples: member agents, pairs of program indices (−1 = unmatched), the programs' ranks of the members. */
    final List<int[]> coupleMembers = new ArrayList<>();

    final List<int[][]> couplePairs = new ArrayList<>();
    final List<int[][]> coupleRanks = new ArrayList<>();
    final int[] coupleOf;
    final Map<String, Integer> programIndex = new HashMap<>();
    private final List<List<String>> rankLists = new ArrayList<>();
    /** The person (applicant) behind each agent: a supplemental persona is ranked as its applicant. */
    private final List<Integer> personOf = new ArrayList<>();

    IndexedInstance(MatchInstance instance, Map<String, Integer> capacities, Map<String, List<String>> personas) {
        for (MatchInstance.ProgramEntry p : instance.programs()) {
            programIndex.put(p.id(), programIds.size());
            programIds.add(p.id());
            rankLists.add(p.rank());
        }
        capacity = new int[programIds.size()];
        for (int i = 0; i < capacity.length; i++) {
            capacity[i] = capacities.get(programIds.get(i));
        }
        Map<String, Integer> person = new HashMap<>();
        instance.applicants().forEach(a -> person.put(a.id(), person.size()));
        instance.couples().forEach(c -> {
            person.put(c.first(), person.size());
            person.put(c.second(), person.size());
        });
        instance.applicants().forEach(a -> single(a.id(), person.get(a.id()), a.rank()));
        personas.forEach((persona, supplemental) ->
                single(persona, person.get(persona.substring(0, persona.indexOf('#'))), supplemental));
        int singles = agentIds.size();
        coupleOf = new int[singles + 2 * instance.couples().size()];
        Arrays.fill(coupleOf, -1);
        for (MatchInstance.CoupleEntry c : instance.couples()) {
            couple(c, person);
        }
        fillRanks(instance, person);
    }

    /** A single agent and its list of known programs (ranks filled in later by {@link #fillRanks}). */
    private void single(String id, int personIndex, List<String> rank) {
        int[] programs = new int[rank.size()];
        int n = 0;
        for (String p : rank) {
            Integer index = programIndex.get(p);
            if (index != null && !contains(programs, n, index)) {
                programs[n++] = index;
            }
        }
        agentIds.add(id);
        personOf.add(personIndex);
        lists.add(Arrays.copyOf(programs, n));
        rankAtProgram.add(new int[n]);
    }

    /** Where each program ranks each single agent, in one pass over the programs' rank lists. */
    private void fillRanks(MatchInstance instance, Map<String, Integer> person) {
        List<List<int[]>> listedBy = new ArrayList<>();
        for (int p = 0; p < programIds.size(); p++) {
            listedBy.add(new ArrayList<>());
        }
        for (int a = 0; a < lists.size(); a++) {
            int[] list = lists.get(a);
            for (int i = 0; i < list.length; i++) {
                listedBy.get(list[i]).add(new int[] {a, i});
            }
        }
        int[] rankOfPerson = new int[person.size()];
        Arrays.fill(rankOfPerson, -1);
        for (int p = 0; p < programIds.size(); p++) {
            List<String> rank = instance.programs().get(p).rank();
            for (int i = rank.size() - 1; i >= 0; i--) {
                Integer who = person.get(rank.get(i));
                if (who != null) {
                    rankOfPerson[who] = i;
                }
            }
            for (int[] entry : listedBy.get(p)) {
                rankAtProgram.get(entry[0])[entry[1]] = rankOfPerson[personOf.get(entry[0])];
            }
            for (String id : rank) {
                Integer who = person.get(id);
                if (who != null) {
                    rankOfPerson[who] = -1;
                }
            }
        }
    }

    private static boolean contains(int[] values, int n, int value) {
        for (int i = 0; i < n; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private void couple(MatchInstance.CoupleEntry c, Map<String, Integer> person) {
        int first = agentIds.size();
        agentIds.add(c.first());
        agentIds.add(c.second());
        personOf.add(person.get(c.first()));
        personOf.add(person.get(c.second()));
        lists.add(new int[0]);
        lists.add(new int[0]);
        rankAtProgram.add(new int[0]);
        rankAtProgram.add(new int[0]);
        int index = coupleMembers.size();
        coupleOf[first] = index;
        coupleOf[first + 1] = index;
        coupleMembers.add(new int[] {first, first + 1});
        List<int[]> pairs = new ArrayList<>();
        List<int[]> ranks = new ArrayList<>();
        for (String[] pair : c.rank()) {
            int p = pair[0] == null ? -1 : programIndex.getOrDefault(pair[0], -2);
            int q = pair[1] == null ? -1 : programIndex.getOrDefault(pair[1], -2);
            if (p == -2 || q == -2) {
                continue;
            }
            pairs.add(new int[] {p, q});
            ranks.add(new int[] {p < 0 ? 0 : rankIn(p, c.first()), q < 0 ? 0 : rankIn(q, c.second())});
        }
        couplePairs.add(pairs.toArray(new int[0][]));
        coupleRanks.add(ranks.toArray(new int[0][]));
    }

    int agents() {
        return agentIds.size();
    }

    int programs() {
        return programIds.size();
    }

    int couples() {
        return coupleMembers.size();
    }

    /** Where program p ranks an applicant (−1 when it does not): a scan, used only for the few couples. */
    private int rankIn(int program, String applicantId) {
        return rankLists.get(program).indexOf(applicantId);
    }
}
