package cn.gridbot.grid;

import java.util.Optional;

/** The grid a WeChat user is registered in, when the openid belongs to a resident of the register. */
public interface RegisteredGrids {

    Optional<String> gridOf(String openid);
}
